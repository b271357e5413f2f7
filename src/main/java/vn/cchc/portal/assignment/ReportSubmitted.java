package vn.cchc.portal.assignment;

/** A unit head sent a progress report for review (published in the submitting transaction). */
public record ReportSubmitted(long updateId, long assignmentId, long unitId, boolean late) {}
