package vn.cchc.portal.assignment;

/** Filters of "my unit's tasks"; null or false means any. */
public record TaskFilter(
        Long planId, Long periodId, AssignmentStatus status, boolean dueSoon, boolean overdueOnly, String query) {

    public static TaskFilter all() {
        return new TaskFilter(null, null, null, false, false, null);
    }
}
