package vn.cchc.portal.indicator;

/** Where a unit's final target comes from. */
public enum CellSource {
    /** Computed by the plan's rule from the unit's baseline. */
    RULE,
    /** A commune's target taken from its district (Plan 629/KH-UBND Appendix II part 3). */
    INHERITED,
    /** Set by hand with a reason. */
    OVERRIDE,
    /** No rule and no target set. */
    NONE
}
