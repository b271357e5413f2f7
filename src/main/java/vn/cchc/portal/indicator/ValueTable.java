package vn.cchc.portal.indicator;

import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.DecimalInput;
import vn.cchc.portal.shared.Texts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a table of values per unit — units in rows, indicators in columns — as a sheet or a data file holds it:
 * a header row within the first 15 rows with a unit column ("Đơn vị", "Địa phương", "Cấp xã", …), optionally a
 * district column ("Cấp huyện") to tell communes of the same name apart, and indicator columns matched by header
 * text (code, name or alias, with or without diacritics). Other columns are ignored and reported. A cell is a
 * number ("80,35%", "80.35", or a numeric cell, percent-formatted cells multiplied by 100), "-" or blank (no
 * value); text and values outside the indicator's range are errors of that row. Content never makes it throw.
 */
final class ValueTable {

    static final int HEADER_ROWS = 15;
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> UNIT_HEADERS = Set.of(
            "donvi",
            "tendonvi",
            "coquandonvi",
            "diaphuong",
            "capxa",
            "donvicapxa",
            "coquandonvidiaphuong",
            "tencoquandonvi");
    private static final Set<String> DISTRICT_HEADERS =
            Set.of("caphuyen", "huyen", "donvicaphuyen", "thuochuyen", "huyenthixathanhpho");
    private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,4}");

    /**
     * A cell as read: its text, and for a numeric cell the number and whether it is formatted as a percentage;
     * {@code problem} says why a cell could not be read (a formula that cannot be calculated, an error value).
     */
    record Cell(String text, BigDecimal number, boolean percent, BusinessException.Text problem) {
        static Cell text(String text) {
            return new Cell(text == null ? "" : text, null, false, null);
        }

        static Cell unreadable(BusinessException.Text problem) {
            return new Cell("", null, false, problem);
        }

        /** Why the cell cannot be read, in Vietnamese as row errors are listed; null when readable. */
        String problemText() {
            return problem == null
                    ? null
                    : BusinessException.text(problem.key(), problem.args(), java.util.Locale.ROOT);
        }

        boolean blank() {
            return number == null && text.isBlank() && problem == null;
        }
    }

    record Row(int excelRow, List<Cell> cells) {
        Cell cell(int index) {
            return index < cells.size() && cells.get(index) != null ? cells.get(index) : Cell.text("");
        }
    }

    /** Finds the unit a row names; a message says why not. */
    interface UnitFinder {
        Result find(String name, String district);

        record Result(Long unitId, String problem) {
            static Result of(long id) {
                return new Result(id, null);
            }

            static Result problem(String message) {
                return new Result(null, message);
            }
        }
    }

    record UnitValues(int excelRow, long unitId, String unitName, Map<Long, BigDecimal> values) {}

    record Reading(List<UnitValues> rows, List<ImportRowError> errors, List<String> ignoredColumns) {}

    private ValueTable() {}

    static String key(String text) {
        return NOT_ALNUM.matcher(Texts.fold(text == null ? "" : text)).replaceAll("");
    }

    /**
     * Reads the rows.
     *
     * @param maxDecimals null to use each indicator's decimals
     */
    static Reading read(List<Row> rows, List<Indicator> indicators, UnitFinder units, Integer maxDecimals) {
        List<ImportRowError> errors = new ArrayList<>();
        Map<String, Indicator> byKey = new HashMap<>();
        for (Indicator i : indicators) {
            byKey.put(key(i.code), i);
            byKey.put(key(i.name), i);
            if (i.aliases != null) {
                for (String alias : i.aliases.split("\\|")) {
                    if (!alias.isBlank()) {
                        byKey.put(key(alias), i);
                    }
                }
            }
        }
        int headerIndex = -1;
        int unitCol = -1;
        int districtCol = -1;
        Map<Integer, Indicator> columns = new LinkedHashMap<>();
        Map<Integer, String> headers = new HashMap<>();
        List<String> ignored = new ArrayList<>();
        for (int r = 0; r < Math.min(rows.size(), HEADER_ROWS) && headerIndex < 0; r++) {
            Row row = rows.get(r);
            int u = -1;
            int d = -1;
            Map<Integer, Indicator> found = new LinkedHashMap<>();
            for (int c = 0; c < row.cells().size(); c++) {
                String header = row.cell(c).text().strip();
                String k = key(header.replaceAll("\\(%\\)|%", ""));
                if (u < 0 && UNIT_HEADERS.contains(k)) {
                    u = c;
                } else if (d < 0 && DISTRICT_HEADERS.contains(k)) {
                    d = c;
                } else if (byKey.containsKey(k) && !found.containsValue(byKey.get(k))) {
                    found.put(c, byKey.get(k));
                }
            }
            if (u >= 0 && !found.isEmpty()) {
                headerIndex = r;
                unitCol = u;
                districtCol = d;
                columns.putAll(found);
                for (int c = 0; c < row.cells().size(); c++) {
                    String header = row.cell(c).text().strip();
                    headers.put(c, header);
                    if (c != u
                            && c != d
                            && !found.containsKey(c)
                            && !header.isEmpty()
                            && !Set.of("stt", "tt").contains(key(header))) {
                        ignored.add(header);
                    }
                }
            }
        }
        if (headerIndex < 0) {
            errors.add(new ImportRowError(
                    0,
                    null,
                    "Không tìm thấy dòng tiêu đề trong " + HEADER_ROWS
                            + " dòng đầu: cần cột “Đơn vị” và ít nhất một cột có tên chỉ số của kế hoạch ("
                            + String.join(
                                    "; ", indicators.stream().map(i -> i.name).toList()) + ")."));
            return new Reading(List.of(), errors, ignored);
        }
        List<UnitValues> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int r = headerIndex + 1; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (row.cell(unitCol).problem() != null) {
                errors.add(new ImportRowError(
                        row.excelRow(), headers.get(unitCol), row.cell(unitCol).problemText()));
                continue;
            }
            String name = Texts.nfc(row.cell(unitCol).text()).strip();
            boolean anyValue =
                    columns.keySet().stream().anyMatch(c -> !row.cell(c).blank());
            if (name.isEmpty() || SMALL_NUMBER.matcher(name).matches()) {
                if (name.isEmpty() && anyValue) {
                    errors.add(new ImportRowError(row.excelRow(), headers.get(unitCol), "Thiếu tên đơn vị."));
                }
                continue;
            }
            String district = districtCol < 0
                    ? null
                    : Texts.nfc(row.cell(districtCol).text()).strip();
            UnitFinder.Result unit = units.find(name, district == null || district.isEmpty() ? null : district);
            if (unit.unitId() == null) {
                errors.add(new ImportRowError(row.excelRow(), headers.get(unitCol), unit.problem()));
                continue;
            }
            if (!seen.add(unit.unitId())) {
                errors.add(new ImportRowError(
                        row.excelRow(), headers.get(unitCol), "Đơn vị “" + name + "” xuất hiện nhiều lần trong bảng."));
                continue;
            }
            Map<Long, BigDecimal> values = new LinkedHashMap<>();
            for (Map.Entry<Integer, Indicator> column : columns.entrySet()) {
                Indicator indicator = column.getValue();
                Cell cell = row.cell(column.getKey());
                String header = headers.get(column.getKey());
                int decimals = maxDecimals == null ? indicator.decimals : maxDecimals;
                try {
                    BigDecimal value = value(cell, header, indicator, decimals);
                    if (value != null) {
                        values.put(indicator.id, value);
                    }
                } catch (BusinessException e) {
                    errors.add(new ImportRowError(row.excelRow(), header, stripField(e.getMessage(), header)));
                }
            }
            out.add(new UnitValues(row.excelRow(), unit.unitId(), name, values));
        }
        return new Reading(out, errors, ignored);
    }

    private static BigDecimal value(Cell cell, String header, Indicator indicator, int decimals) {
        if (cell.problem() != null) {
            throw BusinessException.of(cell.problem().key(), cell.problem().args());
        }
        if (cell.number() != null) {
            BigDecimal number = cell.percent() ? cell.number().movePointRight(2) : cell.number();
            return DecimalInput.check(number, header, indicator.measure.min(), indicator.measure.max(), decimals);
        }
        String text = cell.text().strip();
        if (text.isEmpty() || text.equals("-") || text.equals("–")) {
            return null;
        }
        return DecimalInput.parse(text, header, indicator.measure.min(), indicator.measure.max(), decimals);
    }

    private static String stripField(String message, String header) {
        String prefix = header + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    static Optional<Indicator> byHeader(List<Indicator> indicators, String header) {
        String k = key(header);
        return indicators.stream()
                .filter(i -> key(i.code).equals(k)
                        || key(i.name).equals(k)
                        || (i.aliases != null
                                && java.util.Arrays.stream(i.aliases.split("\\|"))
                                        .anyMatch(a -> key(a).equals(k))))
                .findFirst();
    }
}
