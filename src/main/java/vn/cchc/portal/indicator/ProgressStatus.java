package vn.cchc.portal.indicator;

import java.math.BigDecimal;

/** A unit's result against its target at a milestone. */
public enum ProgressStatus {
    NOT_MET,
    MET,
    NO_DATA;

    /** Met when the actual value reaches the target in the indicator's direction; NO_DATA without either. */
    public static ProgressStatus of(BigDecimal actual, BigDecimal target, Direction direction) {
        if (actual == null || target == null) {
            return NO_DATA;
        }
        return gap(actual, target, direction).signum() >= 0 ? MET : NOT_MET;
    }

    /** Actual minus target (target minus actual for a lower-is-better indicator): negative when not met. */
    static BigDecimal gap(BigDecimal actual, BigDecimal target, Direction direction) {
        return direction == Direction.HIGHER_BETTER ? actual.subtract(target) : target.subtract(actual);
    }

    public String labelKey() {
        return "indicator.status." + name();
    }
}
