package vn.cchc.portal.indicator;

/** How often units report actual values. */
public enum Cadence {
    /** Every 10 days from the start date (Plan 629/KH-UBND §IV.5). */
    TEN_DAYS,
    /** Calendar months. */
    MONTHLY,
    /** Calendar quarters. */
    QUARTERLY;

    public String labelKey() {
        return "indicator.cadence." + name();
    }
}
