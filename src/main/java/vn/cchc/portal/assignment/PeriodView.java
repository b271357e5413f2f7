package vn.cchc.portal.assignment;

import java.time.LocalDate;

/** A reporting period of a plan. */
public record PeriodView(long id, long planId, int seq, String label, LocalDate startDate, LocalDate endDate,
                         LocalDate dueDate) {

    /** Whether a report written on the day is for this period: the first period not yet due, or the running one. */
    public boolean isCurrentOn(LocalDate day) {
        return !dueDate.isBefore(day) || !day.isBefore(startDate) && !day.isAfter(endDate);
    }
}
