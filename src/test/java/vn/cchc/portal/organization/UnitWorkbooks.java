package vn.cchc.portal.organization;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Organisation workbooks for tests: real .xlsx files built with Apache POI, and the shipped fixtures. */
final class UnitWorkbooks {

    private UnitWorkbooks() {}

    /** Label/value rows ("Số quyết định", "…"), an empty row, then the table rows (the first is the header). */
    static byte[] of(List<List<String>> labelled, List<List<String>> table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Đơn vị");
            int r = 0;
            for (List<String> row : labelled) {
                write(sheet.createRow(r++), row);
            }
            r++;
            for (List<String> row : table) {
                write(sheet.createRow(r++), row);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A decision of 1/7/2025 with the given table rows under the standard header. */
    static byte[] decision(String number, List<List<String>> rows) {
        List<List<String>> table = new java.util.ArrayList<>();
        table.add(List.of("Mã", "Tên đơn vị", "Loại", "Đơn vị cấp trên", "Đơn vị tiền thân", "Thay đổi"));
        table.addAll(rows);
        return of(
                List.of(
                        List.of("Số quyết định", number),
                        List.of("Ngày ban hành", "16/06/2025"),
                        List.of("Ngày hiệu lực", "01/07/2025")),
                table);
    }

    /** The Gia Lai 2025 fixture as shipped in src/test/resources/restructuring. */
    static byte[] giaLai2025() {
        try (InputStream in = UnitWorkbooks.class.getResourceAsStream("/restructuring/gia-lai-2025-1664.xlsx")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(XSSFRow row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c) != null && !cells.get(c).isEmpty()) {
                row.createCell(c).setCellValue(cells.get(c));
            }
        }
    }
}
