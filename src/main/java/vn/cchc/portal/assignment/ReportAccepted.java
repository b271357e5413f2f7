package vn.cchc.portal.assignment;

/** A planner accepted a progress report; the task now stands at the given status and percentage. */
public record ReportAccepted(long updateId, long assignmentId, long unitId, AssignmentStatus status, int percent) {}
