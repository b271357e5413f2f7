package vn.cchc.portal.indicator;

import java.util.List;

/**
 * The indicators a plan works with. A sub-plan (a district's or commune's own plan) uses the set of the nearest plan
 * above it that has one: {@code planId} is that plan, {@code contextPlanId} the plan asked for.
 */
public record IndicatorSet(
        long planId,
        long contextPlanId,
        String planLabel,
        Cadence cadence,
        List<IndicatorInfo> indicators,
        List<MilestoneInfo> milestones,
        List<PeriodInfo> periods,
        List<ExclusionInfo> exclusions,
        List<StepInfo> steps) {

    public IndicatorSet {
        indicators = List.copyOf(indicators);
        milestones = List.copyOf(milestones);
        periods = List.copyOf(periods);
        exclusions = List.copyOf(exclusions);
        steps = List.copyOf(steps);
    }

    public boolean inherited() {
        return planId != contextPlanId;
    }
}
