package vn.cchc.portal.indicator;

/** Whether a higher or a lower value is better; decides "met" and the sign of the gap. */
public enum Direction {
    HIGHER_BETTER,
    LOWER_BETTER;

    public String labelKey() {
        return "indicator.direction." + name();
    }
}
