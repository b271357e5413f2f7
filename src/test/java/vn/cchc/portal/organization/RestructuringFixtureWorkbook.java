package vn.cchc.portal.organization;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The generator of the shipped restructuring fixture: {@code gia-lai-2025-1664.tsv} → the .xlsx beside it and its
 * copy in src/test/resources/restructuring. Lines "#label&lt;TAB&gt;value" are the decision's label rows ("#title" the
 * bold first row), lines "#!label&lt;TAB&gt;value" go to a second sheet "Phạm vi dữ liệu" (what the fixture covers and
 * what is still missing; the import reads the first sheet only), every other line is a table row (the first is the
 * header). Run {@code main} after editing the .tsv; RestructuringFixtureWorkbookTest checks that the shipped
 * workbooks hold exactly the rows of the .tsv.
 */
final class RestructuringFixtureWorkbook {

    static final Path TSV = Path.of("src/main/resources/db/data/restructuring/gia-lai-2025-1664.tsv");
    static final List<Path> WORKBOOKS = List.of(
            Path.of("src/main/resources/db/data/restructuring/gia-lai-2025-1664.xlsx"),
            Path.of("src/test/resources/restructuring/gia-lai-2025-1664.xlsx"));
    static final String SCOPE_SHEET = "Phạm vi dữ liệu";

    private RestructuringFixtureWorkbook() {}

    /** The rows of each sheet as the .tsv gives them: the decision sheet, then the scope sheet. */
    static List<List<List<String>>> sheets(List<String> lines) {
        List<List<String>> decision = new ArrayList<>();
        List<List<String>> scope = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        List<String> title = null;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = Arrays.asList(line.split("\t", -1));
            if (line.startsWith("#!")) {
                scope.add(withFirst(cells, cells.getFirst().substring(2)));
            } else if (line.startsWith("#title")) {
                title = List.of(cells.get(1));
            } else if (line.startsWith("#")) {
                labels.add(withFirst(cells, cells.getFirst().substring(1)));
            } else {
                table.add(cells);
            }
        }
        if (title != null) {
            decision.add(title);
            decision.add(List.of());
        }
        decision.addAll(labels);
        decision.addAll(table);
        return List.of(decision, scope);
    }

    private static List<String> withFirst(List<String> cells, String first) {
        List<String> out = new ArrayList<>(cells);
        out.set(0, first);
        return out;
    }

    static byte[] build(List<String> lines) {
        List<List<List<String>>> sheets = sheets(lines);
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            write(workbook.createSheet("1664-NQ-UBTVQH15"), sheets.get(0), bold, true);
            write(workbook.createSheet(SCOPE_SHEET), sheets.get(1), bold, false);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(XSSFSheet sheet, List<List<String>> rows, CellStyle bold, boolean decision) {
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            Row row = sheet.createRow(r);
            boolean header = decision && (r == 0 || (!cells.isEmpty() && "Mã".equals(cells.getFirst())));
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isEmpty()) {
                    var cell = row.createCell(c);
                    cell.setCellValue(cells.get(c));
                    if (header || (!decision && c == 0)) {
                        cell.setCellStyle(bold);
                    }
                }
            }
        }
        int[] widths = decision ? new int[] {16, 24, 12, 18, 40, 12, 70} : new int[] {34, 120};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    /** The non-empty rows of every sheet of a workbook, as text. */
    static List<List<List<String>>> read(byte[] xlsx) {
        DataFormatter format = new DataFormatter();
        List<List<List<String>>> out = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                    }
                    while (!cells.isEmpty() && cells.getLast().isEmpty()) {
                        cells.removeLast();
                    }
                    if (!cells.isEmpty()) {
                        rows.add(cells);
                    }
                }
                out.add(rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The rows of the .tsv as {@link #read} finds them in a workbook (trailing empty cells and rows dropped). */
    static List<List<List<String>>> expected(List<String> lines) {
        return sheets(lines).stream()
                .map(rows -> rows.stream()
                        .map(cells -> {
                            List<String> c = new ArrayList<>(cells);
                            while (!c.isEmpty() && c.getLast().isEmpty()) {
                                c.removeLast();
                            }
                            return c;
                        })
                        .filter(c -> !c.isEmpty())
                        .toList())
                .toList();
    }

    /** Writes both shipped workbooks from the .tsv (run from the project directory). */
    public static void main(String[] args) throws IOException {
        byte[] xlsx = build(Files.readAllLines(TSV, StandardCharsets.UTF_8));
        for (Path target : WORKBOOKS) {
            Files.write(target, xlsx);
        }
    }
}
