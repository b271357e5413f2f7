package vn.cchc.portal.audit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The rows of the audit view as an Excel workbook: one sheet, a header row, real date-time cells. Rows stream to
 * temporary files, so a long log does not fill the memory; closing removes them.
 */
final class AuditExport implements AutoCloseable {

    private static final String[] HEADERS = {
        "at", "user", "username", "subjectType", "subject", "parent", "action", "field", "old", "new"
    };
    private static final int[] WIDTHS = {17, 24, 18, 18, 50, 40, 26, 26, 50, 50};

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Sheet sheet;
    private final CellStyle time;
    private final CellStyle wrap;
    private int next;

    AuditExport(Locale locale) {
        this.sheet = workbook.createSheet(AuditTexts.get(locale, "audit.export.sheet", "Audit"));
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setWrapText(true);
        time = workbook.createCellStyle();
        time.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
        wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        Row row = sheet.createRow(next++);
        for (int i = 0; i < HEADERS.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(AuditTexts.get(locale, "audit.col." + HEADERS[i], HEADERS[i]));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    void add(List<AuditRow> rows) {
        for (AuditRow r : rows) {
            Row row = sheet.createRow(next++);
            Cell at = row.createCell(0);
            at.setCellValue(r.at().atZone(AuditRenderer.ZONE).toLocalDateTime());
            at.setCellStyle(time);
            List<Function<AuditRow, String>> texts = List.of(
                    AuditRow::user,
                    AuditRow::username,
                    AuditRow::subjectTypeLabel,
                    AuditRow::subject,
                    AuditRow::parent,
                    AuditRow::actionLabel,
                    AuditRow::fieldLabel,
                    AuditRow::oldValue,
                    AuditRow::newValue);
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i).apply(r);
                Cell cell = row.createCell(i + 1);
                cell.setCellValue(text == null ? "" : text);
                cell.setCellStyle(wrap);
            }
        }
    }

    void writeTo(OutputStream out) throws IOException {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, HEADERS.length - 1));
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }
}
