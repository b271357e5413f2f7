package vn.cchc.portal.indicator;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A target set by hand ({@link TargetOverride}) as the matrix reads it: the columns it shows, no entity for the
 * persistence context to build and track (a campaign plan's matrix reads some 16,000 of them at national scale). The
 * value without the column's trailing zeros, as it was entered ("65", not "65.0000").
 */
record SetTarget(
        Long indicatorId,
        Long unitId,
        Long milestoneId,
        BigDecimal value,
        String reason,
        Long setInPlanId,
        String setBy,
        Instant setAt) {

    SetTarget {
        if (value != null) {
            value = value.stripTrailingZeros();
            value = value.scale() < 0 ? value.setScale(0) : value; // 100, not 1E+2
        }
    }
}
