package vn.cchc.portal.assignment;

/** A planner returned a progress report to the unit with the reason; the unit writes a new one. */
public record ReportReturned(long updateId, long assignmentId, long unitId, String comment) {}
