package vn.cchc.portal.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One reporting period of a plan, with the date its progress reports are due. */
@Entity
@Table(name = "reporting_period")
class ReportingPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "plan_id", nullable = false)
    Long planId;
    @Column(nullable = false)
    int seq;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    PeriodKind kind;
    @Column(nullable = false)
    String label;
    @Column(name = "start_date", nullable = false)
    LocalDate startDate;
    @Column(name = "end_date", nullable = false)
    LocalDate endDate;
    @Column(name = "due_date", nullable = false)
    LocalDate dueDate;

    boolean contains(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }
}
