package vn.cchc.portal.indicator;

import java.math.BigDecimal;

/**
 * The province's own value of one indicator (Plan 629/KH-UBND §II: 55,9 / 88,67 / 7 / 0,98 / 98,4 / 20,2).
 *
 * @param baseline the value before the plan
 * @param actual   the latest value up to the milestone, or null
 * @param target   the central target the province is measured against, or null
 */
public record ProvinceFigure(IndicatorInfo indicator, BigDecimal baseline, BigDecimal actual, BigDecimal target) {

    /** Whether the province reached the target, judged as units are. */
    public ProgressStatus status() {
        return ProgressStatus.of(actual, target, indicator.direction());
    }
}
