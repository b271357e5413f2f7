package vn.cchc.portal.assignment;

import java.time.LocalDate;

/** The deadline job marked unfinished work overdue after its due date; {@code task} says what the work is. */
public record AssignmentOverdue(long assignmentId, long unitId, LocalDate dueDate, String task) {}
