package vn.cchc.portal.organization;

/** What of an ended unit carries over to its successor (issue 15). */
public enum WorkKind {
    /** An open task of a plan in force. */
    ASSIGNMENT(true),
    /** A target set for the unit at a milestone still ahead. */
    TARGET(true),
    /** The unit's own plan under a plan in force, still a draft. */
    SUB_PLAN(true),
    /** A user account of the unit: always the administrator's decision (moved or disabled). */
    USER(false);

    private final boolean automatic;

    WorkKind(boolean automatic) {
        this.automatic = automatic;
    }

    /** Whether a merge (one successor) moves it without asking. */
    public boolean automatic() {
        return automatic;
    }

    public String labelKey() {
        return "carryover.kind." + name();
    }
}
