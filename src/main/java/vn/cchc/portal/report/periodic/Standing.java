package vn.cchc.portal.report.periodic;

import java.time.LocalDate;

/** Where a task stood on a day. */
public enum Standing {
    DONE_ON_TIME,
    DONE_LATE,
    IN_PROGRESS,
    OVERDUE;

    /**
     * Done by the day (on time when by its due date, late after it); otherwise overdue when the due date had passed,
     * else still in progress.
     */
    public static Standing on(LocalDate asOf, LocalDate due, LocalDate completedOn) {
        if (completedOn != null && !completedOn.isAfter(asOf)) {
            return due == null || !completedOn.isAfter(due) ? DONE_ON_TIME : DONE_LATE;
        }
        return due != null && asOf.isAfter(due) ? OVERDUE : IN_PROGRESS;
    }
}
