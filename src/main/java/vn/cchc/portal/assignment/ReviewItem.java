package vn.cchc.portal.assignment;

/** A submitted progress update waiting for a planner, with the assignment it reports on. */
public record ReviewItem(AssignmentSummary assignment, UpdateView update) {}
