package vn.cchc.portal.shared;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** Formula cells of imported workbooks read as Excel shows them, or with a plain message; never as "0". */
class ExcelCellsTest {

    @Test
    void formulasSavedWithoutResultsAreCalculatedAndNeverReadAsZero() throws IOException {
        try (Workbook book = reopen(sheet -> {
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue("Xã Ayun");
            row.createCell(1).setCellFormula("A1&\" (Huyện Chư Sê)\"");
            row.createCell(2).setCellFormula("40+2.5");
        })) {
            ExcelCells cells = ExcelCells.of(book);
            Row row = book.getSheetAt(0).getRow(0);
            assertThat(cells.read(row.getCell(1)).plainText()).isEqualTo("Xã Ayun (Huyện Chư Sê)");
            assertThat(cells.read(row.getCell(2)).decimal()).isEqualByComparingTo("42.5");
            assertThat(cells.read(row.getCell(2)).isProblem()).isFalse();
        }
    }

    @Test
    void aFormulaWithAnErrorResultSaysPlainlyThatTheCellIsAFormula() throws IOException {
        try (Workbook book = reopen(sheet -> sheet.createRow(0).createCell(3).setCellFormula("1/0"))) {
            ExcelCells.Value value =
                    ExcelCells.of(book).read(book.getSheetAt(0).getRow(0).getCell(3));
            assertThat(value.isProblem()).isTrue();
            assertThat(value.type()).isEqualTo(CellType.ERROR);
            assertThat(value.plainText()).isEmpty();
            assertThat(value.problem()).contains("Ô D1", "công thức", "=1/0", "#DIV/0!");
        }
    }

    @Test
    void aFormulaThatCannotBeCalculatedHereAsksForTheFileToBeSavedByExcel() throws IOException {
        try (Workbook book = reopen(sheet -> sheet.createRow(1).createCell(0).setCellFormula("CELL(\"filename\")"))) {
            ExcelCells.Value value =
                    ExcelCells.of(book).read(book.getSheetAt(0).getRow(1).getCell(0));
            assertThat(value.isProblem()).isTrue();
            assertThat(value.problem())
                    .contains("Ô A2", "chứa công thức", "không có sẵn kết quả", "Dán đặc biệt → Giá trị");
        }
    }

    @Test
    void plainCellsReadAsWritten() throws IOException {
        try (Workbook book = reopen(sheet -> {
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue(1.0);
            row.createCell(1).setCellValue("Sở Nội vụ");
            row.createCell(2).setCellValue(true);
        })) {
            ExcelCells cells = ExcelCells.of(book);
            Row row = book.getSheetAt(0).getRow(0);
            assertThat(cells.read(row.getCell(0)).plainText()).isEqualTo("1");
            assertThat(cells.read(row.getCell(1)).plainText()).isEqualTo("Sở Nội vụ");
            assertThat(cells.read(row.getCell(2)).plainText()).isEqualTo("TRUE");
            assertThat(cells.read(null).plainText()).isEmpty();
        }
    }

    private interface Filler {
        void fill(Sheet sheet);
    }

    /** Writes a workbook as a program that does not calculate would (no results saved) and reads it back. */
    private static Workbook reopen(Filler filler) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filler.fill(book.createSheet("Phụ lục"));
            book.write(out);
            return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        }
    }
}
