package vn.cchc.portal.plan;

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

    static ReportingPeriod of(long planId, ReportingPeriods.Period period) {
        ReportingPeriod row = new ReportingPeriod();
        row.planId = planId;
        row.seq = period.seq();
        row.kind = period.kind();
        row.label = period.label();
        row.startDate = period.start();
        row.endDate = period.end();
        row.dueDate = period.due();
        return row;
    }

    /** Whether the row is what the rules give. */
    boolean is(ReportingPeriods.Period period) {
        return seq == period.seq()
                && kind == period.kind()
                && label.equals(period.label())
                && startDate.equals(period.start())
                && endDate.equals(period.end())
                && dueDate.equals(period.due());
    }

    PeriodView view() {
        return new PeriodView(id, planId, seq, kind, label, startDate, endDate, dueDate);
    }
}
