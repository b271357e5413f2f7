package vn.cchc.portal.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A reporting period of a plan's indicators (10 days, a month, a quarter) with its due date. */
@Entity
@Table(name = "indicator_period")
class Period {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "plan_id", nullable = false)
    Long planId;

    @Column(nullable = false)
    int seq;

    @Column(nullable = false)
    String label;

    @Column(name = "start_date", nullable = false)
    LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    LocalDate endDate;

    @Column(name = "due_date", nullable = false)
    LocalDate dueDate;
}
