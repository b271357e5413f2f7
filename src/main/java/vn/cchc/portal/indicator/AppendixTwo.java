package vn.cchc.portal.indicator;

import vn.cchc.portal.organization.OrgUnitMatcher;
import vn.cchc.portal.shared.DecimalInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the printed targets of Appendix II of Plan 629/KH-UBND (departments and districts): headers "indicator |
 * column" where the column is "Năm 2023" (baseline, not a target), "Chỉ tiêu 50 ngày", "Chỉ tiêu 100 ngày và duy trì
 * …" or "Chỉ tiêu 50 ngày và duy trì trong thời gian tiếp theo" (one printed value for both milestones).
 */
final class AppendixTwo {

    /** One printed target cell. */
    record Printed(
            long unitId,
            String unitName,
            long indicatorId,
            String indicatorCode,
            long milestoneId,
            String milestoneLabel,
            BigDecimal value,
            String printed) {}

    private AppendixTwo() {}

    static List<Printed> read(Book book, OrgUnitMatcher matcher) {
        List<Printed> out = new ArrayList<>();
        Milestone day50 = book.milestones.getFirst();
        Milestone day100 = book.milestones.getLast();
        ScopeUnitFinder finder = new ScopeUnitFinder(matcher, book, book.settings.startDate);
        for (String file : DataFiles.APPENDIX_II) {
            List<ValueTable.Row> rows = DataFiles.read(file);
            List<ValueTable.Cell> header = rows.getFirst().cells();
            for (ValueTable.Row row : rows.subList(1, rows.size())) {
                String name = row.cell(1).text();
                ValueTable.UnitFinder.Result unit = finder.find(name, null);
                if (unit.unitId() == null) {
                    throw new IllegalStateException(file + " row " + row.excelRow() + ": " + unit.problem());
                }
                for (int c = 2; c < header.size(); c++) {
                    String[] parts = header.get(c).text().split(" \\| ");
                    Indicator indicator = ValueTable.byHeader(book.indicators, parts[0])
                            .orElseThrow(() -> new IllegalStateException("Unknown column " + parts[0]));
                    String column = parts[1];
                    if (column.startsWith("Năm")) {
                        continue;
                    }
                    String printed = row.cell(c).text();
                    BigDecimal value = DecimalInput.parse(printed, header.get(c).text());
                    List<Milestone> milestones = column.equals("Chỉ tiêu 50 ngày")
                            ? List.of(day50)
                            : column.startsWith("Chỉ tiêu 100 ngày") ? List.of(day100) : List.of(day50, day100);
                    for (Milestone m : milestones) {
                        out.add(new Printed(
                                unit.unitId(), name, indicator.id, indicator.code, m.id, m.label, value, printed));
                    }
                }
            }
        }
        return out;
    }
}
