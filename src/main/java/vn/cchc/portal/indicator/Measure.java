package vn.cchc.portal.indicator;

import java.math.BigDecimal;

/** Unit of measure of an indicator, with the range of values it allows. */
public enum Measure {
    /** A rate in percent, 0–100. */
    PERCENT(BigDecimal.ZERO, new BigDecimal("100")),
    /** A count (dossiers, documents …), zero or more. */
    COUNT(BigDecimal.ZERO, new BigDecimal("1000000000")),
    /** Yes (1) or no (0). */
    YES_NO(BigDecimal.ZERO, BigDecimal.ONE);

    private final BigDecimal min;
    private final BigDecimal max;

    Measure(BigDecimal min, BigDecimal max) {
        this.min = min;
        this.max = max;
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
    }

    public String labelKey() {
        return "indicator.measure." + name();
    }
}
