package vn.cchc.portal.indicator;

import java.time.LocalDate;

/** A reporting period for actual values. */
public record PeriodInfo(long id, int seq, String label, LocalDate start, LocalDate end, LocalDate due) {

    static PeriodInfo of(Period p) {
        return new PeriodInfo(p.id, p.seq, p.label, p.startDate, p.endDate, p.dueDate);
    }
}
