package vn.cchc.portal.report.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a campaign report needs from the indicator data (issue 10's indicator module fills it through a
 * {@link CampaignDataProvider}): the indicators, and per unit the baseline, the milestone's target and the actual.
 *
 * @param milestone "Tổng kết 100 ngày", "Sơ kết 50 ngày", "Kỳ 3"
 * @param asOf      the day the actual values were measured
 */
public record CampaignData(String milestone, LocalDate asOf, List<Indicator> indicators, List<UnitResult> units) {

    /** An indicator; {@code higherIsBetter} false for measures that must go down. */
    public record Indicator(String code, String name, String unitOfMeasure, boolean higherIsBetter) {
    }

    /**
     * One unit's results, one value per indicator in the indicators' order (null where the unit has no target).
     *
     * @param section "1. Các sở, ban, ngành tỉnh", "2. UBND các huyện, thị xã, thành phố", "3. UBND các xã, …"
     */
    public record UnitResult(String section, long unitId, String unitName, String parentName, List<Value> values) {
    }

    /** Baseline (e.g. the 2023 result), target of the milestone, actual value. */
    public record Value(BigDecimal baseline, BigDecimal target, BigDecimal actual) {

        /** Whether the target was reached; null when there is no target or no actual value. */
        public Boolean met(boolean higherIsBetter) {
            if (target == null || actual == null) {
                return null;
            }
            return higherIsBetter ? actual.compareTo(target) >= 0 : actual.compareTo(target) <= 0;
        }
    }
}
