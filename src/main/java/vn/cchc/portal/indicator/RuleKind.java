package vn.cchc.portal.indicator;

/** How a unit's target is computed from its baseline. */
public enum RuleKind {
    /**
     * Plan 629/KH-UBND §III.2: below the central target, the target is the central target plus the increment;
     * at or above it, the baseline plus the increment; never above the measure's maximum (100%).
     */
    CENTRAL_PLUS,
    /** Every unit has the same target (e.g. 100% for transparency, timeliness, satisfaction, digitisation). */
    FIXED,
    /** No rule: targets are set by hand. */
    MANUAL;

    public String labelKey() {
        return "indicator.rule." + name();
    }
}
