package vn.cchc.portal.report.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a campaign report prints from the indicator data: the indicators, the province's own figures, and per unit
 * the baseline, the target of the milestone and the actual value as of a day.
 *
 * @param milestone  the report's period: "Tổng kết 100 ngày", "Sơ kết 50 ngày", "Kỳ 3"
 * @param targetsOf  the milestone whose targets the values are measured against ("Sơ kết 50 ngày")
 * @param asOf       the day the actual values were measured up to
 * @param province   the province's own values, one per indicator (empty when the plan has none)
 * @param excluded   units given no targets, each with the reason ("Thanh tra tỉnh: không có TTHC")
 */
public record CampaignData(
        String milestone,
        String targetsOf,
        LocalDate asOf,
        List<Indicator> indicators,
        List<UnitResult> units,
        List<Value> province,
        List<String> excluded) {

    public CampaignData {
        indicators = List.copyOf(indicators);
        units = List.copyOf(units);
        province = province == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(province));
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
    }

    /** An indicator; {@code higherIsBetter} false for measures that must go down. */
    public record Indicator(String code, String name, String unitOfMeasure, boolean higherIsBetter) {}

    /**
     * One unit's results, one value per indicator in the indicators' order (null where the unit has no target).
     *
     * @param section "1. Các sở, ban, ngành tỉnh", "2. UBND các huyện, thị xã, thành phố", "3. UBND các xã, …"
     */
    public record UnitResult(String section, long unitId, String unitName, String parentName, List<Value> values) {}

    /**
     * Baseline (e.g. the 2023 result), target of the milestone, actual value, and whether the target was reached as
     * the indicator module judges it (null when there is no target or no actual value).
     */
    public record Value(BigDecimal baseline, BigDecimal target, BigDecimal actual, Boolean met) {}
}
