package vn.cchc.portal.indicator;

import java.math.BigDecimal;
import java.util.List;

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

    /**
     * The value of units taken together (a ward formed from communes, for the periods before it existed): counts
     * are summed; rates are averaged, each unit with a value weighing the same; yes/no is yes only when every unit
     * says yes. Units without a value are left out; null when none has one.
     */
    public BigDecimal combine(java.util.Collection<BigDecimal> values) {
        List<BigDecimal> known =
                values.stream().filter(java.util.Objects::nonNull).toList();
        if (known.isEmpty()) {
            return null;
        }
        return switch (this) {
            case COUNT -> known.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case PERCENT ->
                known.stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(known.size()), 2, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros();
            case YES_NO -> known.stream().reduce(BigDecimal.ONE, BigDecimal::min);
        };
    }

    /** How {@link #combine} takes units together, as a message key (sum, average, all). */
    public String combineKey() {
        return "indicator.combine." + name();
    }
}
