package vn.cchc.portal.assignment;

/** A progress update is drafted by staff, submitted by the unit head, then accepted or returned by a planner. */
public enum UpdateState {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    public String labelKey() {
        return "update.state." + name();
    }
}
