package vn.cchc.portal.indicator;

import java.math.BigDecimal;
import java.util.List;

/** One unit's values of one indicator period by period, with the target in force in each period. */
public record Trend(
        String unitName,
        IndicatorInfo indicator,
        List<String> periods,
        List<BigDecimal> actuals,
        List<BigDecimal> targets) {}
