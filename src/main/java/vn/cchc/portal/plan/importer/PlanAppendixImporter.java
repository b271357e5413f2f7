package vn.cchc.portal.plan.importer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchc.portal.plan.PlanItemDraft;
import vn.cchc.portal.plan.PlanItemKind;
import vn.cchc.portal.plan.PrintedDates;
import vn.cchc.portal.shared.ExcelCells;
import vn.cchc.portal.shared.Texts;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the appendix table of a plan from an Excel workbook (.xlsx) laid out like the appendix of Plan 1908/KH-UBND:
 * optional title rows, a header row "TT | Lĩnh vực/Tiêu chí/Tiêu chí thành phần | Mục tiêu, yêu cầu | Cơ quan phụ trách
 * | Cơ quan phối hợp/thực hiện | Thời gian thực hiện/hoàn thành" within the first 15 rows (columns in any order,
 * headers with or without diacritics), an optional numbering row "1 2 3 4 5 6", then area rows (a Roman numeral and the
 * area title) and item rows ("1", "TC 1.1 - Thực hiện kế hoạch CCHC", goal, lead, coordinating units, timeframe).
 *
 * <p>Cell text is NFC with runs of spaces joined into single spaces, and line breaks too except in the goal column,
 * whose lines are kept as written (Alt+Enter in Excel). A merged cell counts once, in its
 * first row and column; rows whose TT cell is empty (or covered by a TT cell merged from above) continue the row above
 * (a row split across pages), and their texts are appended with a space. Every problem is collected; content never
 * makes the importer throw. No Spring, no database: units are resolved through the given {@link UnitResolver}.
 */
public final class PlanAppendixImporter {

    /** The columns' limits (plan_item in V6__plan.sql / V12): title, goal, lead and coordinating text, timeframe. */
    static final int TITLE_MAX = 2000;

    static final int LONG_TEXT_MAX = 20000;
    static final int LEAD_TEXT_MAX = 2000;
    static final int COORDINATING_TEXT_MAX = 4000;
    static final int TIMEFRAME_MAX = 500;

    static final int HEADER_SEARCH_ROWS = 15;
    static final String NOT_EXCEL = "Tệp không phải là tệp Excel (.xlsx) hợp lệ";
    static final String NO_HEADER = "Không tìm thấy dòng tiêu đề của bảng phụ lục trong " + HEADER_SEARCH_ROWS
            + " dòng đầu (cần các cột: TT; Lĩnh vực/Tiêu chí/Tiêu chí thành phần; Mục tiêu, yêu cầu; "
            + "Cơ quan phụ trách; Cơ quan phối hợp/thực hiện; Thời gian thực hiện/hoàn thành)";

    private static final Pattern ROMAN = Pattern.compile("(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})\\.?");
    private static final Pattern ITEM_NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3})*\\.?|[a-zđ][.)]?");
    private static final Pattern CRITERION = Pattern.compile(
            "(?iu)^(TCTP|TC)\\s*(\\d{1,2}(?:\\s*\\.\\s*\\d{1,2}){0,3})\\.?(?:\\s*[-–—:]\\s*|\\s+|$)(.*)$");
    private static final Pattern DATE_LIKE =
            Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,4})");
    private static final Pattern EMBEDDED_DATE =
            Pattern.compile("(?<![\\d/.\\-])(\\d{1,2})/(\\d{1,2})/(\\d{2,4})(?![\\d/])");
    private static final Pattern EMBEDDED_WORDS_DATE =
            Pattern.compile("(?iu)ng[àa]y\\s+(\\d{1,2})\\s+th[áa]ng\\s+(\\d{1,2})\\s+n[ăa]m\\s+(\\d{4})");
    private static final Pattern SMALL_INTEGER = Pattern.compile("\\(?(\\d{1,2})\\)?");
    private static final Pattern ODD_SPACES = Pattern.compile("[\\u00A0\\u2007\\u202F\\u200B]");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * Reads the workbook.
     *
     * @param xlsx           the file; read to the end, not closed
     * @param units          resolves the lead and coordinating cells
     * @param criterionCodes the codes item rows may name ("TC 1.1", "TCTP 1.3.1")
     */
    public ImportResult read(InputStream xlsx, UnitResolver units, Set<String> criterionCodes) {
        Objects.requireNonNull(units, "units");
        Workbook workbook;
        try {
            workbook = new XSSFWorkbook(Objects.requireNonNull(xlsx, "xlsx"));
        } catch (IOException | RuntimeException e) {
            return new ImportResult(List.of(), List.of(new ImportProblem(0, null, NOT_EXCEL)));
        }
        try (workbook) {
            return new Reading(workbook, units, criterionCodes == null ? Set.of() : criterionCodes).read();
        } catch (IOException e) {
            throw new IllegalStateException(e); // closing an in-memory workbook does not fail
        }
    }

    /**
     * A cell value: NFC text ("" when blank), whether it comes from a cell merged from a row above, a date, and why
     * the cell could not be read (a formula without a result that cannot be calculated, an error value).
     */
    private record Value(String text, boolean fromAbove, LocalDate date, String problem) {
        static final Value BLANK = new Value("", false, null, null);

        boolean isOwn() {
            return !fromAbove && (!text.isEmpty() || problem != null);
        }
    }

    private enum RowKind {
        AREA,
        ITEM,
        IGNORED
    }

    /** One table row as read, possibly continued over several sheet rows. */
    private static final class TableRow {
        final int excelRow;
        final RowKind kind;
        final String number;
        final Map<AppendixColumn, String> texts = new EnumMap<>(AppendixColumn.class);
        LocalDate timeDate;
        /** A problem was already found while reading the row (e.g. no TT). */
        boolean flawed;
        /** Columns with a cell that could not be read (its problem is already reported). */
        final Set<AppendixColumn> unreadable = java.util.EnumSet.noneOf(AppendixColumn.class);

        TableRow(int excelRow, RowKind kind, String number) {
            this.excelRow = excelRow;
            this.kind = kind;
            this.number = number;
        }

        String text(AppendixColumn column) {
            return texts.getOrDefault(column, "");
        }

        /** Empty, and not because a cell could not be read. */
        boolean missing(AppendixColumn column) {
            return text(column).isEmpty() && !unreadable.contains(column);
        }

        void append(AppendixColumn column, String text) {
            String current = text(column);
            texts.put(column, current.isEmpty() ? text : current + " " + text);
            if (column == AppendixColumn.TIMEFRAME) {
                timeDate = null;
            }
        }
    }

    private record Problem(int row, int order, String column, String message) {}

    /** One import: the workbook, the located table, the collected problems. */
    private static final class Reading {
        private final Workbook workbook;
        private final ExcelCells cells;
        private final UnitResolver units;
        private final Map<String, String> criterionCodes = new HashMap<>();
        private final List<Problem> problems = new ArrayList<>();
        private Sheet sheet;
        private final Map<AppendixColumn, Integer> columns = new EnumMap<>(AppendixColumn.class);
        private final Map<AppendixColumn, String> headers = new EnumMap<>(AppendixColumn.class);
        private final Map<Long, CellRangeAddress> merged = new HashMap<>();

        Reading(Workbook workbook, UnitResolver units, Set<String> codes) {
            this.workbook = workbook;
            this.cells = ExcelCells.of(workbook);
            this.units = units;
            for (String code : codes) {
                if (code != null) {
                    criterionCodes.put(codeKey(code), code);
                }
            }
        }

        ImportResult read() {
            int headerRow = locateHeader();
            if (headerRow < 0) {
                return new ImportResult(List.of(), sortedProblems());
            }
            indexMergedRegions();
            List<TableRow> rows = tableRows(headerRow);
            List<PlanItemDraft> groups = validate(rows);
            return new ImportResult(groups, sortedProblems());
        }

        // ------------------------------------------------------------ locating the table

        /** The 0-based header row of the first sheet that has one, or -1 (with a problem). */
        private int locateHeader() {
            Sheet bestSheet = null;
            int bestRow = -1;
            Map<AppendixColumn, Integer> bestColumns = Map.of();
            Map<AppendixColumn, String> bestHeaders = Map.of();
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                Sheet candidate = workbook.getSheetAt(s);
                int last = Math.min(candidate.getLastRowNum(), HEADER_SEARCH_ROWS - 1);
                for (int r = candidate.getFirstRowNum(); r >= 0 && r <= last; r++) {
                    Row row = candidate.getRow(r);
                    if (row == null) {
                        continue;
                    }
                    Map<AppendixColumn, Integer> found = new EnumMap<>(AppendixColumn.class);
                    Map<AppendixColumn, String> names = new EnumMap<>(AppendixColumn.class);
                    for (Cell cell : row) {
                        String text = clean(cells.read(cell).plainText());
                        AppendixColumn column = AppendixColumn.recognise(text);
                        if (column != null && !found.containsKey(column)) {
                            found.put(column, cell.getColumnIndex());
                            names.put(column, text);
                        }
                    }
                    if (found.size() == AppendixColumn.values().length) {
                        sheet = candidate;
                        columns.putAll(found);
                        headers.putAll(names);
                        return r;
                    }
                    if (found.size() >= 3 && found.size() > bestColumns.size()) {
                        bestSheet = candidate;
                        bestRow = r;
                        bestColumns = found;
                        bestHeaders = names;
                    }
                }
            }
            if (bestSheet == null) {
                problems.add(new Problem(0, -1, null, NO_HEADER));
            } else {
                for (AppendixColumn column : AppendixColumn.values()) {
                    if (!bestColumns.containsKey(column)) {
                        problems.add(
                                new Problem(bestRow + 1, -1, null, "Dòng tiêu đề thiếu cột \"" + column.label + "\""));
                    }
                }
            }
            return -1;
        }

        private void indexMergedRegions() {
            int lastRow = sheet.getLastRowNum();
            for (CellRangeAddress region : sheet.getMergedRegions()) {
                for (int col : columns.values()) {
                    if (col < region.getFirstColumn() || col > region.getLastColumn()) {
                        continue;
                    }
                    for (int r = Math.max(region.getFirstRow(), 0); r <= Math.min(region.getLastRow(), lastRow); r++) {
                        merged.put(key(r, col), region);
                    }
                }
            }
        }

        private static long key(int row, int col) {
            return ((long) row << 20) | col;
        }

        // ------------------------------------------------------------ reading rows

        private Value value(int rowIndex, AppendixColumn column) {
            int col = columns.get(column);
            CellRangeAddress region = merged.get(key(rowIndex, col));
            if (region != null) {
                if (col != region.getFirstColumn()) {
                    return Value.BLANK; // covered by a cell merged from the left
                }
                Value top = cellValue(region.getFirstRow(), col, column);
                return rowIndex == region.getFirstRow() ? top : new Value(top.text(), true, top.date(), top.problem());
            }
            return cellValue(rowIndex, col, column);
        }

        private Value cellValue(int rowIndex, int col, AppendixColumn column) {
            Row row = sheet.getRow(rowIndex);
            Cell cell = row == null ? null : row.getCell(col);
            if (cell == null) {
                return Value.BLANK;
            }
            ExcelCells.Value value = cells.read(cell);
            if (value.isProblem()) {
                return new Value("", false, null, value.problem());
            }
            LocalDate date = value.date();
            if (date != null) {
                return new Value(date.format(DAY), false, date, null);
            }
            String text = column == AppendixColumn.GOAL
                    ? Objects.requireNonNullElse(
                            Texts.block(ODD_SPACES.matcher(value.plainText()).replaceAll(" ")), "")
                    : clean(value.plainText());
            return new Value(text, false, null, null);
        }

        private List<TableRow> tableRows(int headerRow) {
            List<TableRow> rows = new ArrayList<>();
            int first = headerRow + 1;
            if (isNumberingRow(first)) {
                first++;
            }
            TableRow current = null;
            for (int r = first; r <= sheet.getLastRowNum(); r++) {
                Map<AppendixColumn, Value> values = new EnumMap<>(AppendixColumn.class);
                boolean own = false;
                for (AppendixColumn column : AppendixColumn.values()) {
                    Value v = value(r, column);
                    values.put(column, v);
                    own |= v.isOwn();
                }
                if (!own) {
                    continue; // empty row, or only cells merged from above
                }
                int excelRow = r + 1;
                Value tt = values.get(AppendixColumn.TT);
                String number = tt.fromAbove() ? "" : tt.text();
                if (!number.isEmpty()) {
                    current = startRow(excelRow, number, values);
                    rows.add(current);
                } else if (!tt.fromAbove()
                        && CRITERION
                                .matcher(values.get(AppendixColumn.AREA).text())
                                .matches()
                        && values.get(AppendixColumn.AREA).isOwn()) {
                    problem(excelRow, AppendixColumn.TT, "Số thứ tự (TT) không được để trống");
                    current = new TableRow(excelRow, RowKind.ITEM, null);
                    current.flawed = true;
                    fill(current, values, false);
                    rows.add(current);
                } else if (current == null) {
                    problem(
                            excelRow,
                            AppendixColumn.TT,
                            "Dòng không có số thứ tự (TT) và không nối tiếp một dòng nào ở trên");
                    current = new TableRow(excelRow, RowKind.IGNORED, null);
                } else {
                    fill(current, values, true);
                }
            }
            return rows;
        }

        private TableRow startRow(int excelRow, String number, Map<AppendixColumn, Value> values) {
            TableRow row;
            if (ROMAN.matcher(number).matches()) {
                row = new TableRow(excelRow, RowKind.AREA, number.replace(".", ""));
            } else if (ITEM_NUMBER.matcher(number).matches()) {
                row = new TableRow(
                        excelRow,
                        RowKind.ITEM,
                        number.endsWith(".") ? number.substring(0, number.length() - 1) : number);
            } else {
                problem(
                        excelRow,
                        AppendixColumn.TT,
                        "Số thứ tự \"" + number
                                + "\" không hợp lệ: cần số La Mã cho lĩnh vực (I, II, …) hoặc số cho nhiệm vụ (1, 2, …)");
                return new TableRow(excelRow, RowKind.IGNORED, number);
            }
            fill(row, values, false);
            return row;
        }

        /** Copies (or, for a continuation row, appends) the cells other than TT. */
        private void fill(TableRow row, Map<AppendixColumn, Value> values, boolean continuation) {
            for (AppendixColumn column : AppendixColumn.values()) {
                if (column == AppendixColumn.TT) {
                    continue;
                }
                Value v = values.get(column);
                if (v.problem() != null && !v.fromAbove()) {
                    problem(row.excelRow, column, v.problem());
                    row.unreadable.add(column);
                    row.flawed = true;
                    continue;
                }
                if (continuation ? !v.isOwn() : v.text().isEmpty()) {
                    continue;
                }
                row.append(column, v.text());
                if (column == AppendixColumn.TIMEFRAME && !continuation) {
                    row.timeDate = v.date();
                }
            }
        }

        /** "1 2 3 4 5 6" under the header: small integers increasing from left to right. */
        private boolean isNumberingRow(int rowIndex) {
            List<Integer> numbers = new ArrayList<>();
            List<AppendixColumn> byPosition = new ArrayList<>(columns.keySet());
            byPosition.sort(Comparator.comparingInt(columns::get));
            for (AppendixColumn column : byPosition) {
                Value v = value(rowIndex, column);
                if (v.text().isEmpty()) {
                    continue;
                }
                Matcher m = SMALL_INTEGER.matcher(v.text());
                if (!m.matches() || v.date() != null) {
                    return false;
                }
                numbers.add(Integer.parseInt(m.group(1)));
            }
            if (numbers.size() < 3) {
                return false;
            }
            for (int i = 1; i < numbers.size(); i++) {
                if (numbers.get(i) <= numbers.get(i - 1)) {
                    return false;
                }
            }
            return true;
        }

        // ------------------------------------------------------------ validating

        private List<PlanItemDraft> validate(List<TableRow> rows) {
            List<PlanItemDraft> groups = new ArrayList<>();
            TableRow area = null;
            List<PlanItemDraft> children = new ArrayList<>();
            for (TableRow row : rows) {
                switch (row.kind) {
                    case AREA -> {
                        if (area != null) {
                            groups.add(group(area, children));
                        }
                        area = row;
                        children = new ArrayList<>();
                        validateArea(row);
                    }
                    case ITEM -> {
                        if (area == null) {
                            problem(
                                    row.excelRow,
                                    AppendixColumn.TT,
                                    "Dòng nhiệm vụ phải nằm dưới một dòng lĩnh vực " + "(số La Mã I, II, … ở cột TT)");
                        }
                        PlanItemDraft item = item(row);
                        if (item != null && area != null) {
                            children.add(item);
                        }
                    }
                    case IGNORED -> {}
                }
            }
            if (area != null) {
                groups.add(group(area, children));
            }
            return groups;
        }

        private void validateArea(TableRow row) {
            if (row.text(AppendixColumn.AREA).isEmpty()) {
                problem(row.excelRow, AppendixColumn.AREA, "Tên lĩnh vực không được để trống");
            }
            tooLong(row.excelRow, AppendixColumn.AREA, row.text(AppendixColumn.AREA), TITLE_MAX);
            for (AppendixColumn column : List.of(
                    AppendixColumn.GOAL, AppendixColumn.LEAD, AppendixColumn.COORDINATING, AppendixColumn.TIMEFRAME)) {
                if (!row.text(column).isEmpty()) {
                    problem(
                            row.excelRow,
                            column,
                            "Dòng lĩnh vực \"" + row.number + "\" chỉ ghi tên lĩnh vực; cột này phải để trống");
                }
            }
        }

        private static PlanItemDraft group(TableRow area, List<PlanItemDraft> children) {
            String title = area.text(AppendixColumn.AREA);
            return new PlanItemDraft(
                    area.number,
                    PlanItemKind.GROUP,
                    title.isEmpty() ? null : title,
                    area.number,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    children);
        }

        /** The draft of an item row, or null when the row has a problem. */
        private PlanItemDraft item(TableRow row) {
            int before = problems.size();

            String criterionText = row.text(AppendixColumn.AREA);
            String criterionCode = null;
            String title = null;
            if (criterionText.isEmpty()) {
                if (row.missing(AppendixColumn.AREA)) {
                    problem(row.excelRow, AppendixColumn.AREA, AppendixColumn.AREA.label + " không được để trống");
                }
            } else {
                Matcher m = CRITERION.matcher(criterionText);
                if (m.matches()) {
                    String code = m.group(1).toUpperCase() + " " + m.group(2).replaceAll("\\s+", "");
                    criterionCode = criterionCodes.get(codeKey(code));
                    if (criterionCode == null) {
                        problem(
                                row.excelRow,
                                AppendixColumn.AREA,
                                "Không có tiêu chí \"" + code + "\" trong bộ chỉ số của kế hoạch");
                    }
                    title = m.group(3).strip();
                } else {
                    title = criterionText;
                }
            }

            String goal = row.text(AppendixColumn.GOAL);
            if (row.missing(AppendixColumn.GOAL)) {
                problem(row.excelRow, AppendixColumn.GOAL, AppendixColumn.GOAL.label + " không được để trống");
            }

            String lead = row.text(AppendixColumn.LEAD);
            if (lead.isEmpty()) {
                if (row.missing(AppendixColumn.LEAD)) {
                    problem(row.excelRow, AppendixColumn.LEAD, AppendixColumn.LEAD.label + " không được để trống");
                }
            } else if (units.leads(lead).isEmpty()) {
                List<String> unknown = units.unmatchedCoordinating(lead);
                if (unknown.isEmpty()) {
                    problem(
                            row.excelRow,
                            AppendixColumn.LEAD,
                            "Cơ quan phụ trách phải nêu ít nhất một cơ quan, đơn vị: \"" + lead + "\"");
                } else {
                    unknown.forEach(u -> problem(row.excelRow, AppendixColumn.LEAD, unknownUnit(lead, u)));
                }
            }

            String coordinating = row.text(AppendixColumn.COORDINATING);
            if (!coordinating.isEmpty()) {
                new LinkedHashSet<>(units.unmatchedCoordinating(coordinating))
                        .forEach(u -> problem(row.excelRow, AppendixColumn.COORDINATING, unknownUnit(coordinating, u)));
            }

            String timeframe = row.text(AppendixColumn.TIMEFRAME);
            LocalDate deadline = row.timeDate;
            if (deadline == null && !timeframe.isEmpty()) {
                deadline = deadline(row.excelRow, timeframe).orElse(null);
            }

            tooLong(row.excelRow, AppendixColumn.AREA, title, TITLE_MAX);
            tooLong(row.excelRow, AppendixColumn.GOAL, goal, LONG_TEXT_MAX);
            tooLong(row.excelRow, AppendixColumn.LEAD, lead, LEAD_TEXT_MAX);
            tooLong(row.excelRow, AppendixColumn.COORDINATING, coordinating, COORDINATING_TEXT_MAX);
            tooLong(row.excelRow, AppendixColumn.TIMEFRAME, timeframe, TIMEFRAME_MAX);
            if (problems.size() > before || row.flawed) {
                return null;
            }
            // "trước ngày 15/10/2024" is due the day before; "trước 16 giờ ngày …" keeps its time of day
            java.time.LocalTime time = null;
            if (deadline != null && !timeframe.isEmpty()) {
                Optional<PrintedDates.Due> printed = PrintedDates.due(timeframe);
                if (printed.isPresent()) {
                    deadline = printed.get().date();
                    time = printed.get().time();
                }
            }
            return new PlanItemDraft(
                    row.number,
                    PlanItemKind.ITEM,
                    title == null || title.isEmpty() ? null : title,
                    criterionCode,
                    goal,
                    null,
                    lead,
                    coordinating.isEmpty() ? null : coordinating,
                    timeframe.isEmpty() ? null : timeframe,
                    deadline,
                    time,
                    List.of(),
                    List.of(),
                    null,
                    List.of());
        }

        /** Why a fragment of a unit cell is not a unit: several units bear the name (which), or none does. */
        private String unknownUnit(String cell, String unit) {
            return units.ambiguity(cell, unit).orElse("Không tìm thấy cơ quan, đơn vị \"" + unit + "\"");
        }

        /**
         * The deadline a timeframe text names: the whole text as a date (dd/MM/yyyy), or the one date written inside
         * it ("Chậm nhất ngày 31 tháng 01 năm 2024", "Trước 15/10/2024"). A text that looks like a date but is not
         * one is a problem.
         */
        private Optional<LocalDate> deadline(int excelRow, String text) {
            Matcher whole = DATE_LIKE.matcher(text);
            if (whole.matches()) {
                LocalDate date = date(whole.group(1), whole.group(2), whole.group(3));
                if (date == null) {
                    problem(excelRow, AppendixColumn.TIMEFRAME, invalidDate(text));
                }
                return Optional.ofNullable(date);
            }
            Set<LocalDate> dates = new LinkedHashSet<>();
            boolean invalid = false;
            for (Pattern pattern : List.of(EMBEDDED_DATE, EMBEDDED_WORDS_DATE)) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    LocalDate date = date(m.group(1), m.group(2), m.group(3));
                    if (date == null) {
                        problem(excelRow, AppendixColumn.TIMEFRAME, invalidDate(m.group()));
                        invalid = true;
                    } else {
                        dates.add(date);
                    }
                }
            }
            return !invalid && dates.size() == 1 ? Optional.of(dates.iterator().next()) : Optional.empty();
        }

        private static String invalidDate(String text) {
            return "Thời gian \"" + text + "\" không phải là ngày hợp lệ (dd/MM/yyyy)";
        }

        private static LocalDate date(String day, String month, String year) {
            if (year.length() != 4) {
                return null;
            }
            try {
                return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            } catch (DateTimeException e) {
                return null;
            }
        }

        // ------------------------------------------------------------ problems

        /** A cell longer than its column in the database (pasted OCR text): a problem of the row, never a DB error. */
        private void tooLong(int excelRow, AppendixColumn column, String text, int max) {
            if (text != null && text.length() > max) {
                problem(
                        excelRow,
                        column,
                        "Nội dung dài " + text.length() + " ký tự, quá giới hạn " + max
                                + " ký tự của cột này; hãy rút gọn");
            }
        }

        private void problem(int excelRow, AppendixColumn column, String message) {
            problems.add(new Problem(excelRow, columns.getOrDefault(column, -1), headers.get(column), message));
        }

        private List<ImportProblem> sortedProblems() {
            return problems.stream()
                    .sorted(Comparator.comparingInt(Problem::row).thenComparingInt(Problem::order))
                    .map(p -> new ImportProblem(p.row(), p.column(), p.message()))
                    .toList();
        }
    }

    private static String codeKey(String code) {
        return code.replaceAll("\\s+", "").toUpperCase();
    }

    /** NFC, single spaces, no line breaks. */
    private static String clean(String text) {
        String nfc = Texts.nfc(ODD_SPACES.matcher(text == null ? "" : text).replaceAll(" "));
        return nfc == null ? "" : nfc;
    }
}
