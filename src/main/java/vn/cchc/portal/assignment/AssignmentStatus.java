package vn.cchc.portal.assignment;

/** Where a unit stands with one task. */
public enum AssignmentStatus {
    NOT_STARTED, IN_PROGRESS, DONE_ON_TIME, DONE_LATE, OVERDUE;

    public boolean isDone() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }

    public String labelKey() {
        return "assignment.status." + name();
    }
}
