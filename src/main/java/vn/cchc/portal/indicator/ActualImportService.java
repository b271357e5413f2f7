package vn.cchc.portal.indicator;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitMatcher;
import vn.cchc.portal.shared.Access;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.ExcelCells;
import vn.cchc.portal.shared.Texts;
import vn.cchc.portal.shared.XlsxRowCap;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A planner imports a whole period from Excel: units in rows, indicators in columns matched by header text, unit
 * names matched like the plan import does. Every row is checked first; with any error nothing is saved and each
 * error names its row.
 */
@Service
public class ActualImportService {

    static final int MAX_ROWS = 5000;
    static final int MAX_COLUMNS = 60;

    private final BookLoader loader;
    private final OrgUnitMatcher matcher;
    private final ActualWriter actuals;
    private final IndicatorAuditor auditor;

    ActualImportService(BookLoader loader, OrgUnitMatcher matcher, ActualWriter actuals, IndicatorAuditor auditor) {
        this.loader = loader;
        this.matcher = matcher;
        this.actuals = actuals;
        this.auditor = auditor;
    }

    @PreAuthorize(Access.ADMIN_OR_PLANNER)
    @Transactional
    public ImportReport importPeriod(long planId, long periodId, InputStream xlsx, String fileName) {
        Book book = loader.load(planId);
        Period period = ActualService.period(book, periodId);
        List<ValueTable.Row> rows;
        try {
            byte[] bytes = xlsx.readAllBytes(); // the dialog caps uploads at 10 MB
            XlsxRowCap.check(bytes, MAX_ROWS); // before POI builds the workbook: 215,000 rows would fill the memory
            rows = rows(new java.io.ByteArrayInputStream(bytes));
        } catch (BusinessException tooManyRows) {
            return new ImportReport(0, 0, List.of(new ImportRowError(0, null, tooManyRows.getMessage())), List.of());
        } catch (IOException | RuntimeException e) {
            return new ImportReport(
                    0,
                    0,
                    List.of(new ImportRowError(0, null, "Tệp không phải là tệp Excel (.xlsx) hợp lệ.")),
                    List.of());
        }
        if (rows.size() > MAX_ROWS) {
            return new ImportReport(
                    0,
                    0,
                    List.of(new ImportRowError(0, null, "Bảng có quá nhiều dòng (tối đa " + MAX_ROWS + ").")),
                    List.of());
        }
        LocalDate day = period.endDate;
        ValueTable.Reading reading =
                ValueTable.read(rows, book.indicators, new ScopeUnitFinder(matcher, book, day), null);
        if (!reading.errors().isEmpty()) {
            return new ImportReport(reading.rows().size(), 0, reading.errors(), reading.ignoredColumns());
        }
        Map<Long, Map<Long, BigDecimal>> byUnit = new java.util.LinkedHashMap<>();
        reading.rows().forEach(row -> byUnit.put(row.unitId(), row.values()));
        int saved = actuals.storeAll(book, period, byUnit, ActualSource.IMPORT);
        auditor.record(
                book.root.id(),
                null,
                null,
                null,
                period.id,
                "PERIOD_IMPORTED",
                null,
                BigDecimal.valueOf(saved),
                Texts.nfcOrNull(fileName));
        return new ImportReport(reading.rows().size(), saved, List.of(), reading.ignoredColumns());
    }

    /** The first sheet's rows, merged cells copied into every cell they cover. */
    static List<ValueTable.Row> rows(InputStream xlsx) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(xlsx)) {
            Sheet sheet = workbook.getSheetAt(0);
            ExcelCells reader = ExcelCells.of(workbook);
            int last = Math.min(sheet.getLastRowNum(), MAX_ROWS + 1);
            List<ValueTable.Row> out = new ArrayList<>();
            Map<Long, int[]> merged = new java.util.HashMap<>();
            for (CellRangeAddress region : sheet.getMergedRegions()) {
                for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), last); r++) {
                    for (int c = region.getFirstColumn(); c <= Math.min(region.getLastColumn(), MAX_COLUMNS); c++) {
                        merged.put(((long) r << 16) | c, new int[] {region.getFirstRow(), region.getFirstColumn()});
                    }
                }
            }
            for (int r = 0; r <= last; r++) {
                List<ValueTable.Cell> cells = new ArrayList<>();
                Row row = sheet.getRow(r);
                int width = row == null ? 0 : Math.min(row.getLastCellNum(), MAX_COLUMNS);
                for (int c = 0; c < width; c++) {
                    int[] origin = merged.get(((long) r << 16) | c);
                    Row source = origin == null ? row : sheet.getRow(origin[0]);
                    Cell cell = source == null ? null : source.getCell(origin == null ? c : origin[1]);
                    cells.add(cell(cell, reader));
                }
                out.add(new ValueTable.Row(r + 1, cells));
            }
            return out;
        }
    }

    /** A cell as the table reads it; a formula is calculated when the file holds no result (see ExcelCells). */
    private static ValueTable.Cell cell(Cell cell, ExcelCells reader) {
        ExcelCells.Value value = reader.read(cell);
        if (value.isProblem()) {
            return ValueTable.Cell.unreadable(value.reason());
        }
        if (value.type() == CellType.NUMERIC) {
            BigDecimal number = value.decimal();
            if (number == null) {
                return ValueTable.Cell.text(value.plainText());
            }
            String format =
                    cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
            return new ValueTable.Cell(number.toPlainString(), number, format != null && format.contains("%"), null);
        }
        return ValueTable.Cell.text(value.type() == CellType.STRING ? Texts.nfc(value.text()) : value.plainText());
    }
}
