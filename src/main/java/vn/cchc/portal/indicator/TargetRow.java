package vn.cchc.portal.indicator;

import java.util.List;

/**
 * One unit's row of the target matrix: {@code cells.get(i).get(m)} is indicator {@code i} at milestone {@code m} of
 * the matrix's set.
 */
public record TargetRow(
        long unitId,
        String unitName,
        UnitLevel level,
        Long districtId,
        String districtName,
        List<List<TargetCell>> cells) {

    public TargetCell cell(int indicator, int milestone) {
        return cells.get(indicator).get(milestone);
    }
}
