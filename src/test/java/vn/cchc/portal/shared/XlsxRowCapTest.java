package vn.cchc.portal.shared;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rows are counted while the workbook is streamed, on every sheet; what is no workbook is left to the importer. */
class XlsxRowCapTest {

    private static byte[] workbook(int... rowsPerSheet) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int s = 0; s < rowsPerSheet.length; s++) {
                Sheet sheet = workbook.createSheet("Trang " + (s + 1));
                for (int r = 0; r < rowsPerSheet[s]; r++) {
                    sheet.createRow(r).createCell(0).setCellValue("Dòng " + r);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aSheetOverTheCapIsRefusedWithTheCapInTheMessage() throws IOException {
        byte[] big = workbook(10, 51);
        assertThatThrownBy(() -> XlsxRowCap.check(big, 50))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Tệp Excel có quá nhiều dòng (mỗi trang tính tối đa 50 dòng) nên không được nhập. "
                        + "Hãy chia bảng thành nhiều tệp nhỏ hơn.");
    }

    @Test
    void sheetsUpToTheCapPass() throws IOException {
        byte[] fine = workbook(50, 50);
        assertThatCode(() -> XlsxRowCap.check(fine, 50)).doesNotThrowAnyException();
    }

    @Test
    void whatIsNoWorkbookIsLeftToTheImporterToReport() {
        assertThatCode(() -> XlsxRowCap.check("không phải Excel".getBytes(StandardCharsets.UTF_8), 50))
                .doesNotThrowAnyException();
    }
}
