package vn.cchc.portal.indicator;

import java.math.BigDecimal;

/**
 * A unit's result for one indicator at a milestone.
 *
 * @param gap   actual minus target in points (for a lower-is-better indicator, target minus actual): negative when
 *              the target is not met; null without data
 * @param band  the grade of a percentage (Xuất sắc … Yếu), or null
 */
public record ProgressCell(
        long indicatorId, BigDecimal actual, BigDecimal target, ProgressStatus status, BigDecimal gap, Band band) {}
