package vn.cchc.portal.indicator;

import java.util.List;

/** Baselines, computed and final targets of the units of one level (or of one district's communes). */
public record TargetMatrix(IndicatorSet set, List<TargetRow> rows, boolean canOverride) {}
