package vn.cchc.portal.indicator;

import java.util.List;

/**
 * What a period import did: nothing at all when there are errors.
 *
 * @param units          rows (units) read
 * @param values         values saved
 * @param ignoredColumns headers that name no indicator of the plan (e.g. "Điểm đánh giá", "Ghi chú")
 */
public record ImportReport(int units, int values, List<ImportRowError> errors, List<String> ignoredColumns) {

    public ImportReport {
        errors = List.copyOf(errors);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    public boolean saved() {
        return errors.isEmpty();
    }
}
