package vn.cchc.portal.plan;

import java.time.LocalDate;

/** A reporting period of a plan: what it is called, the days it covers and the day its reports are due. */
public record PeriodView(long id, long planId, int seq, PeriodKind kind, String label, LocalDate startDate,
                         LocalDate endDate, LocalDate dueDate) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    /** Whether a report written on the day is for this period: the first period not yet due, or the running one. */
    public boolean isCurrentOn(LocalDate day) {
        return !dueDate.isBefore(day) || !day.isBefore(startDate) && !day.isAfter(endDate);
    }
}
