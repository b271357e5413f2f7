package vn.cchc.portal.organization;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchc.portal.shared.ExcelCells;
import vn.cchc.portal.shared.Texts;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an organisation workbook (.xlsx, first sheet): optional label/value rows above the table ("Số quyết định",
 * "Ngày ban hành", "Ngày hiệu lực" in column A, the value in column B), a header row within the first 20 rows with
 * at least "Tên đơn vị" (columns in any order, with or without diacritics: "Mã", "Tên đơn vị", "Tên viết tắt",
 * "Loại", "Đơn vị cấp trên", "Đơn vị tiền thân", "Thay đổi"), then one unit per row. Cells are read as Excel shows
 * them (formulas through {@link ExcelCells}); unreadable cells are reported with their row. No database here.
 */
final class UnitImportFile {

    static final int HEADER_SEARCH_ROWS = 20;
    /** Rows read at most below the header; a province has a few thousand units at most. */
    static final int MAX_ROWS = 5000;

    enum Column {
        CODE,
        NAME,
        SHORT_NAME,
        KIND,
        PARENT,
        PREDECESSORS,
        CHANGE
    }

    /** One table row as written (NFC, spaces joined), with its 1-based Excel row number. */
    record Line(int row, Map<Column, String> cells) {
        String get(Column column) {
            return cells.getOrDefault(column, "");
        }
    }

    /** A problem of the file found while reading: row (0 for the whole file) and message. */
    record Issue(int row, String message) {}

    record Content(
            String decisionNumber,
            LocalDate decisionDate,
            LocalDate effectiveDate,
            List<Line> lines,
            List<Issue> issues) {}

    private static final Pattern DAY = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})");

    private UnitImportFile() {}

    static Content read(InputStream xlsx) {
        Workbook workbook;
        try {
            workbook = new XSSFWorkbook(xlsx);
        } catch (IOException | RuntimeException e) {
            return new Content(
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(new Issue(0, UnitImportTexts.text("unitimport.error.notExcel"))));
        }
        try (workbook) {
            return read(workbook);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Content read(Workbook workbook) {
        List<Issue> issues = new ArrayList<>();
        if (workbook.getNumberOfSheets() == 0) {
            issues.add(new Issue(0, UnitImportTexts.text("unitimport.error.noHeader")));
            return new Content(null, null, null, List.of(), issues);
        }
        Sheet sheet = workbook.getSheetAt(0);
        ExcelCells cells = ExcelCells.of(workbook);
        String number = null;
        LocalDate date = null;
        LocalDate effective = null;
        Map<Column, Integer> columns = null;
        int headerRow = -1;
        for (int r = 0; r < HEADER_SEARCH_ROWS && r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<Column, Integer> found = header(row, cells);
            if (found.containsKey(Column.NAME)) {
                columns = found;
                headerRow = r;
                break;
            }
            String label = Texts.fold(text(cells.read(row.getCell(0))));
            ExcelCells.Value value = cells.read(row.getCell(1));
            if (label.startsWith("so quyet dinh") || label.startsWith("so van ban") || label.startsWith("so ky hieu")) {
                number = text(value);
            } else if (label.startsWith("ngay ban hanh") || label.startsWith("ngay quyet dinh")) {
                date = date(value, r + 1, issues);
            } else if (label.startsWith("ngay hieu luc") || label.startsWith("ngay co hieu luc")) {
                effective = date(value, r + 1, issues);
            }
        }
        if (columns == null) {
            issues.add(new Issue(0, UnitImportTexts.text("unitimport.error.noHeader")));
            return new Content(number, date, effective, List.of(), issues);
        }
        List<Line> lines = new ArrayList<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            if (lines.size() == MAX_ROWS) {
                issues.add(new Issue(
                        r + 1, UnitImportTexts.text("unitimport.error.tooManyRows", String.valueOf(MAX_ROWS))));
                break;
            }
            Map<Column, String> values = new EnumMap<>(Column.class);
            for (Map.Entry<Column, Integer> column : columns.entrySet()) {
                ExcelCells.Value value = cells.read(row.getCell(column.getValue()));
                if (value.isProblem()) {
                    issues.add(new Issue(r + 1, value.problem()));
                    continue;
                }
                String text = text(value);
                if (!text.isEmpty()) {
                    values.put(column.getKey(), text);
                }
            }
            if (!values.isEmpty()) {
                lines.add(new Line(r + 1, values));
            }
        }
        return new Content(number, date, effective, lines, issues);
    }

    private static Map<Column, Integer> header(Row row, ExcelCells cells) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        for (int c = 0; c < Math.min(row.getLastCellNum(), 30); c++) {
            String folded = Texts.fold(text(cells.read(row.getCell(c))));
            Column column = switch (folded) {
                case "ma", "ma don vi" -> Column.CODE;
                case "ten don vi", "ten co quan, don vi", "ten co quan don vi", "ten" -> Column.NAME;
                case "ten viet tat" -> Column.SHORT_NAME;
                case "loai", "loai don vi", "cap" -> Column.KIND;
                case "don vi cap tren", "truc thuoc", "co quan cap tren" -> Column.PARENT;
                case "don vi tien than", "don vi truoc sap xep", "tien than" -> Column.PREDECESSORS;
                case "thay doi", "hinh thuc" -> Column.CHANGE;
                default -> null;
            };
            if (column != null) {
                found.putIfAbsent(column, c);
            }
        }
        return found;
    }

    private static String text(ExcelCells.Value value) {
        if (value.isProblem()) {
            return "";
        }
        if (value.date() != null) {
            LocalDate d = value.date();
            return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        }
        return Texts.nfc(value.plainText())
                .replaceAll("[\\u00A0\\u2007\\u202F\\u200B]", " ")
                .replaceAll("[ \\t]+", " ")
                .strip();
    }

    private static LocalDate date(ExcelCells.Value value, int row, List<Issue> issues) {
        if (value.isProblem()) {
            issues.add(new Issue(row, value.problem()));
            return null;
        }
        if (value.date() != null) {
            return value.date();
        }
        String text = text(value);
        Matcher m = DAY.matcher(text);
        if (m.matches()) {
            try {
                return LocalDate.of(
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            } catch (DateTimeException bad) {
                // reported below
            }
        }
        if (!text.isEmpty()) {
            issues.add(new Issue(row, UnitImportTexts.text("unitimport.error.badDate", text)));
        }
        return null;
    }
}
