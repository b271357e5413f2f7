package vn.cchc.portal.assignment;

import java.time.LocalDate;

/**
 * A due date is some days away: the task's own ({@code periodId} null), or a reporting period's that the unit has
 * not reported for yet. {@code task} says what is due.
 */
public record DeadlineApproaching(
        long assignmentId, long unitId, LocalDate dueDate, long daysLeft, Long periodId, String task) {}
