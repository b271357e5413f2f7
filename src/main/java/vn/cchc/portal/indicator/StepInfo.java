package vn.cchc.portal.indicator;

import java.math.BigDecimal;

/**
 * The rule at an interim milestone: the target below the central target and, for units at or above it, the points
 * over their baseline (null: the final target); {@code level} null for every level.
 */
public record StepInfo(
        long indicatorId,
        long milestoneId,
        String milestoneLabel,
        UnitLevel level,
        BigDecimal belowValue,
        BigDecimal stepAbove) {}
