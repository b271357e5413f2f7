package vn.cchc.portal.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * The target rule of Plan 629/KH-UBND §III.2, set per plan and indicator.
 *
 * <p>Final milestone, {@link RuleKind#CENTRAL_PLUS}: a unit whose baseline is below the central target gets the
 * central target plus the increment (50% + 10 = 60%); a unit at or above it gets its baseline plus the increment
 * (67,37% + 10 = 77,37%), which is never below central + increment; capped at the measure's maximum (100%). A unit
 * without a baseline counts as below. {@link RuleKind#FIXED}: the fixed target (100%).
 *
 * <p>Interim milestones follow their {@link RuleStep} for the unit's level (or for every level): below the central
 * target the step's value (30% at day 50), at or above it the baseline plus the step's points (67,37% + 5 =
 * 72,37%), never below the step's value; a fixed indicator's step value is every unit's interim target. Without a
 * step an interim milestone keeps the final target ("duy trì").
 */
final class TargetRule {

    private TargetRule() {}

    static BigDecimal compute(
            Indicator indicator,
            long milestoneId,
            boolean finalMilestone,
            UnitLevel level,
            BigDecimal baseline,
            List<RuleStep> steps) {
        BigDecimal finalTarget = finalTarget(indicator, baseline);
        if (finalMilestone || finalTarget == null) {
            return finalTarget;
        }
        RuleStep step = step(steps, indicator.id, milestoneId, level);
        if (step == null) {
            return finalTarget;
        }
        if (indicator.ruleKind == RuleKind.FIXED || !atOrAbove(indicator, baseline)) {
            return cap(indicator, step.belowValue);
        }
        if (step.stepAbove == null) {
            return finalTarget;
        }
        return cap(indicator, step.belowValue.max(baseline.add(step.stepAbove)));
    }

    static BigDecimal finalTarget(Indicator indicator, BigDecimal baseline) {
        return switch (indicator.ruleKind) {
            case MANUAL -> null;
            case FIXED -> indicator.fixedTarget;
            case CENTRAL_PLUS ->
                cap(
                        indicator,
                        (atOrAbove(indicator, baseline) ? baseline : indicator.centralTarget)
                                .add(indicator.incrementPoints));
        };
    }

    private static boolean atOrAbove(Indicator indicator, BigDecimal baseline) {
        return baseline != null && indicator.centralTarget != null && baseline.compareTo(indicator.centralTarget) >= 0;
    }

    /** The step for the level, else the step for every level; communes use the district steps. */
    static RuleStep step(List<RuleStep> steps, long indicatorId, long milestoneId, UnitLevel level) {
        UnitLevel wanted = level == UnitLevel.COMMUNE ? UnitLevel.DISTRICT : level;
        RuleStep any = null;
        for (RuleStep s : steps) {
            if (s.indicatorId == indicatorId && s.milestoneId == milestoneId) {
                if (s.level == wanted) {
                    return s;
                }
                if (s.level == null) {
                    any = s;
                }
            }
        }
        return any;
    }

    private static BigDecimal cap(Indicator indicator, BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal capped = value.min(indicator.measure.max()).max(indicator.measure.min());
        BigDecimal stripped = capped.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
