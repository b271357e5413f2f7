package vn.cchc.portal.restructuring;

/** Where an item of an ended unit's work stands. */
public enum CarryOverDecision {
    /** Waiting for the administrator or a planner to choose the unit that takes it. */
    PENDING,
    /** Moved to a successor (automatically for a merge, or chosen). */
    MOVED,
    /** A user account of the ended unit disabled. */
    DISABLED,
    /** Left with the ended unit, in its history. */
    KEPT;

    public String labelKey() {
        return "carryover.decision." + name();
    }
}
