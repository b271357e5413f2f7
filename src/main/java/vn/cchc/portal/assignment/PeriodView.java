package vn.cchc.portal.assignment;

import java.time.LocalDate;

/** A reporting period of a plan. */
public record PeriodView(long id, long planId, int seq, String label, LocalDate startDate, LocalDate endDate,
                         LocalDate dueDate) {
}
