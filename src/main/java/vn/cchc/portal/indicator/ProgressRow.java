package vn.cchc.portal.indicator;

import java.util.List;

/**
 * A unit's results at a milestone.
 *
 * @param rank position within its level (1 = best: most targets met, then the largest total gap); 0 without data
 */
public record ProgressRow(
        long unitId,
        String unitName,
        UnitLevel level,
        String districtName,
        int rank,
        int met,
        int notMet,
        List<ProgressCell> cells) {

    public boolean hasData() {
        return cells.stream().anyMatch(c -> c.status() != ProgressStatus.NO_DATA);
    }
}
