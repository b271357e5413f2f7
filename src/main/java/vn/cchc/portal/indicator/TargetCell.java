package vn.cchc.portal.indicator;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One unit's target for one indicator at one milestone.
 *
 * @param baseline      the unit's value before the plan, or null
 * @param computed      what the rule (or, for a commune, its district) gives, or null
 * @param target        the final target: the override when there is one, else {@code computed}
 * @param inheritedFrom the district a commune's computed target comes from, or null
 * @param setInPlan     for an override: the plan it was made in (number or title)
 */
public record TargetCell(
        BigDecimal baseline,
        BigDecimal computed,
        BigDecimal target,
        CellSource source,
        String inheritedFrom,
        String reason,
        String setBy,
        Instant setAt,
        String setInPlan) {

    public boolean overridden() {
        return source == CellSource.OVERRIDE;
    }
}
