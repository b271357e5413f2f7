package vn.cchc.portal.indicator;

import java.util.List;

/** Results against targets at one milestone: the province's aggregate and each level. */
public record IndicatorProgress(
        IndicatorSet set, MilestoneInfo milestone, List<ProvinceFigure> province, List<LevelProgress> levels) {}
