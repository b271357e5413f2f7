package vn.cchc.portal.plan.importer;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.cchc.portal.plan.PlanItemDraft;
import vn.cchc.portal.plan.PlanItemKind;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The appendix parser on its own, with a fake unit resolver and workbooks built in memory. */
class PlanAppendixImporterTest {

    private static final Set<String> CODES = Set.of("I", "II", "TC 1.1", "TC 1.2", "TCTP 1.3.1", "TC 2.1", "TC 2.3");
    private static final Object[] HEADER = {
        "TT",
        "Lĩnh vực/Tiêu chí/Tiêu chí thành phần",
        "Mục tiêu, yêu cầu",
        "Cơ quan phụ trách",
        "Cơ quan phối hợp/thực hiện",
        "Thời gian thực hiện/hoàn thành"
    };

    /** Knows a few units and the groups; fragments are split on "/", ";" and ",". */
    private static final UnitResolver UNITS = new UnitResolver() {
        private final Set<String> known = Set.of(
                "Sở Nội vụ",
                "Sở Tư pháp",
                "Sở Tài chính",
                "Văn phòng UBND tỉnh",
                "Sở, ban, ngành tỉnh",
                "UBND cấp huyện",
                "UBND cấp xã");

        @Override
        public Optional<String> lead(String text) {
            return text.startsWith("Sở") && !text.contains(",") && known.contains(text)
                    ? Optional.of(text)
                    : Optional.empty();
        }

        @Override
        public List<String> leads(String text) {
            List<String> fragments =
                    Arrays.stream(text.split(";")).map(String::strip).toList();
            return fragments.stream().allMatch(known::contains) ? fragments : List.of();
        }

        @Override
        public List<String> unmatchedCoordinating(String text) {
            String protectedText = text.replace("Sở, ban, ngành tỉnh", "SBN");
            return Arrays.stream(protectedText.split("[/;,]"))
                    .map(String::strip)
                    .map(s -> s.replace("SBN", "Sở, ban, ngành tỉnh"))
                    .filter(s -> !s.isEmpty() && !known.contains(s))
                    .toList();
        }
    };

    private final PlanAppendixImporter importer = new PlanAppendixImporter();

    @Test
    void titleRowsHeaderAndNumberingRowAreSkippedAndAreasHoldTheirItems() {
        Sheet sheet = sheet();
        row(sheet, 0, "Phụ lục");
        row(sheet, 1, "MỤC TIÊU CỤ THỂ …");
        row(sheet, 3, HEADER);
        row(sheet, 4, 1, 2, 3, 4, 5, 6);
        row(sheet, 5, "I", "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC");
        row(
                sheet,
                6,
                1,
                "TC 1.1 - Thực hiện kế hoạch CCHC",
                "Hoàn thành 100% kế hoạch",
                "Sở Nội vụ",
                "Sở Nội vụ/Sở, ban, ngành tỉnh; UBND cấp huyện",
                "Thường xuyên trong năm");
        row(sheet, 7, 2, "TC 1.2 - Thực hiện chế độ báo cáo", "Đầy đủ", "Sở Tư pháp", "", "15/12/2023");
        row(sheet, 9, "II", "CẢI CÁCH THỂ CHẾ");
        row(
                sheet,
                10,
                "1.",
                "TC 2.3 - Xử lý văn bản trái pháp luật.",
                "100% văn bản",
                "Sở Tư pháp",
                "Sở Tài chính",
                "Theo kế hoạch");

        ImportResult result = read(sheet);

        assertThat(result.problems()).isEmpty();
        assertThat(result.items())
                .extracting(
                        PlanItemDraft::number, PlanItemDraft::kind, PlanItemDraft::title, PlanItemDraft::criterionCode)
                .containsExactly(
                        tuple("I", PlanItemKind.GROUP, "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC", "I"),
                        tuple("II", PlanItemKind.GROUP, "CẢI CÁCH THỂ CHẾ", "II"));
        assertThat(result.items().getFirst().children())
                .containsExactly(
                        new PlanItemDraft(
                                "1",
                                PlanItemKind.ITEM,
                                "Thực hiện kế hoạch CCHC",
                                "TC 1.1",
                                "Hoàn thành 100% kế hoạch",
                                null,
                                "Sở Nội vụ",
                                "Sở Nội vụ/Sở, ban, ngành tỉnh; UBND cấp huyện",
                                "Thường xuyên trong năm",
                                null,
                                List.of()),
                        new PlanItemDraft(
                                "2",
                                PlanItemKind.ITEM,
                                "Thực hiện chế độ báo cáo",
                                "TC 1.2",
                                "Đầy đủ",
                                null,
                                "Sở Tư pháp",
                                null,
                                "15/12/2023",
                                LocalDate.of(2023, 12, 15),
                                List.of()));
        assertThat(result.items().get(1).children()).singleElement().satisfies(item -> {
            assertThat(item.number()).isEqualTo("1");
            assertThat(item.criterionCode()).isEqualTo("TC 2.3");
            assertThat(item.title()).isEqualTo("Xử lý văn bản trái pháp luật.");
        });
        assertThat(result.rows()).hasSize(3);
    }

    @Test
    void aCellLongerThanItsColumnIsAProblemOfTheRowNotADatabaseError() {
        Sheet sheet = sheet();
        row(sheet, 0, HEADER);
        row(sheet, 1, "I", "CÔNG TÁC");
        String ocr =
                "TC 1.1 - " + "Văn bản quét OCR dán vào ô ".repeat(110); // pasted OCR text, nearly 3,000 characters
        row(sheet, 2, 1, ocr, "Mục tiêu", "Sở Nội vụ", "", "Trong năm");

        ImportResult result = read(sheet);

        assertThat(ocr).hasSize(2979);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.message()).contains("quá giới hạn 2000 ký tự");
        });
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void headersAreFoundWithoutDiacriticsInAnyOrderAndProblemsNameThemAsWritten() {
        Sheet sheet = sheet();
        row(
                sheet,
                2,
                "STT",
                "Muc tieu, yeu cau",
                "Linh vuc/Tieu chi",
                "Co quan chu tri",
                "Co quan phoi hop",
                "Thoi han hoan thanh",
                "Ghi chú");
        row(sheet, 3, "I", "", "AREA ONE");
        row(sheet, 4, "1", "", "TC 1.1 - Một", "Sở Ngoại giao", "", "Thường xuyên", "ghi chú bất kỳ");

        ImportResult result = read(sheet);

        assertThat(result.problems())
                .containsExactly(
                        new ImportProblem(5, "Muc tieu, yeu cau", "Mục tiêu, yêu cầu không được để trống"),
                        new ImportProblem(5, "Co quan chu tri", "Không tìm thấy cơ quan, đơn vị \"Sở Ngoại giao\""));
        assertThat(result.items())
                .singleElement()
                .extracting(PlanItemDraft::title)
                .isEqualTo("AREA ONE");
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void mergedCellsAndRowsSplitAcrossPagesAreJoinedAndOnlyTheGoalKeepsItsLineBreaks() {
        Sheet sheet = sheet();
        row(sheet, 0, HEADER);
        row(sheet, 1, "I", "CÔNG TÁC");
        merge(sheet, 1, 1, 1, 5);
        row(
                sheet,
                2,
                1,
                "TCTP 1.3.1 - Tỷ lệ cơ quan được kiểm tra trong",
                "- Từ 30% trở lên\n- cơ quan   chuyên môn",
                "Sở Nội vụ",
                "Sở Tư pháp, Sở",
                "Thường xuyên");
        row(sheet, 3, "", "năm", "cấp huyện", "", "Tài chính", "");
        row(sheet, 4, 2, "TC 1.1 - Hai", "Mục tiêu hai", "Sở Tư pháp", "Sở Nội vụ", "Trong năm");
        row(sheet, 5, null, null, "tiếp theo", null, null, null);
        merge(sheet, 4, 5, 0, 0); // TT merged over the two rows of item 2
        merge(sheet, 4, 5, 3, 3); // and its lead
        row(sheet, 6, 3, "TC 1.2 - Ba", "Mục tiêu ba", "Sở Nội vụ", null, "Trong năm");
        row(sheet, 7, 4, "TC 1.2 - Bốn", "Mục tiêu bốn", null, null, "Trong năm");
        merge(sheet, 6, 7, 3, 3); // one lead cell for items 3 and 4

        ImportResult result = read(sheet);

        assertThat(result.problems()).isEmpty();
        List<PlanItemDraft> rows = result.rows();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).title()).isEqualTo("Tỷ lệ cơ quan được kiểm tra trong năm");
        assertThat(rows.get(0).goal()).isEqualTo("- Từ 30% trở lên\n- cơ quan chuyên môn cấp huyện");
        assertThat(rows.get(0).coordinatingText()).isEqualTo("Sở Tư pháp, Sở Tài chính");
        assertThat(rows.get(1).goal()).isEqualTo("Mục tiêu hai tiếp theo");
        assertThat(rows.get(1).leadText()).isEqualTo("Sở Tư pháp");
        assertThat(rows.get(2).leadText()).isEqualTo("Sở Nội vụ");
        assertThat(rows.get(3).leadText()).isEqualTo("Sở Nội vụ");
        assertThat(result.items().getFirst().title()).isEqualTo("CÔNG TÁC");
    }

    @Test
    void formulaCellsWithoutSavedResultsAreCalculatedOrReportedAsFormulasNeverReadAsZero() {
        Sheet sheet = sheet();
        row(sheet, 0, HEADER);
        row(sheet, 1, "I", "CÔNG TÁC");
        row(sheet, 2, 1, "TC 1.1 - Một", "Mục tiêu một", null, "", "Trong năm");
        sheet.getRow(2).createCell(3).setCellFormula("\"Sở \"&\"Nội vụ\"");
        row(sheet, 3, 2, "TC 1.2 - Hai", "Mục tiêu hai", null, "", "Trong năm");
        sheet.getRow(3).createCell(3).setCellFormula("CELL(\"filename\")");

        ImportResult result = read(sheet);

        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo("1");
            assertThat(row.leadText()).isEqualTo("Sở Nội vụ");
        });
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(4);
            assertThat(problem.column()).isEqualTo("Cơ quan phụ trách");
            assertThat(problem.message())
                    .contains("Ô D4 chứa công thức", "=CELL(\"filename\")")
                    .doesNotContain("\"0\"", "không được để trống");
        });
    }

    @Test
    void excelDatesAndDateTextsBecomeDeadlinesWhereBeforeADayMeansTheDayBefore() {
        Sheet sheet = sheet();
        row(sheet, 0, HEADER);
        row(sheet, 1, "I", "CÔNG TÁC");
        String[] times = {
            null,
            "15/10/2023",
            "5/1/2024",
            "Thường xuyên",
            "Chậm nhất ngày 31 tháng 01 năm 2024",
            "Trong năm 2023/Trước 30/9/2023",
            "trước 16 giờ ngày 21/03/2024"
        };
        for (int i = 0; i < times.length; i++) {
            row(sheet, 2 + i, i + 1, "TC 1.1 - Việc " + (i + 1), "Mục tiêu", "Sở Nội vụ", null, times[i]);
        }
        Cell excelDate = sheet.getRow(2).createCell(5);
        excelDate.setCellValue(LocalDate.of(2023, 12, 31));
        CellStyle dateStyle = sheet.getWorkbook().createCellStyle();
        dateStyle.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("dd/mm/yyyy"));
        excelDate.setCellStyle(dateStyle);

        ImportResult result = read(sheet);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows())
                .extracting(PlanItemDraft::timeframe, PlanItemDraft::deadline)
                .containsExactly(
                        tuple("31/12/2023", LocalDate.of(2023, 12, 31)),
                        tuple("15/10/2023", LocalDate.of(2023, 10, 15)),
                        tuple("5/1/2024", LocalDate.of(2024, 1, 5)),
                        tuple("Thường xuyên", null),
                        tuple("Chậm nhất ngày 31 tháng 01 năm 2024", LocalDate.of(2024, 1, 31)),
                        tuple("Trong năm 2023/Trước 30/9/2023", LocalDate.of(2023, 9, 29)),
                        tuple("trước 16 giờ ngày 21/03/2024", LocalDate.of(2024, 3, 21)));
        assertThat(result.rows())
                .extracting(PlanItemDraft::deadlineTime)
                .containsExactly(null, null, null, null, null, null, java.time.LocalTime.of(16, 0));
    }

    @Test
    void textsThatLookLikeDatesButAreNotOnesAreProblems() {
        Sheet sheet = sheet();
        row(sheet, 0, HEADER);
        row(sheet, 1, "I", "CÔNG TÁC");
        String[] times = {"31/13/2023", "32/01/2024", "29/02/2023", "1/1/23", "Trước ngày 31/04/2024"};
        for (int i = 0; i < times.length; i++) {
            row(sheet, 2 + i, i + 1, "TC 1.1 - Việc", "Mục tiêu", "Sở Nội vụ", null, times[i]);
        }

        ImportResult result = read(sheet);

        String column = "Thời gian thực hiện/hoàn thành";
        assertThat(result.problems())
                .containsExactly(
                        new ImportProblem(3, column, "Thời gian \"31/13/2023\" không phải là ngày hợp lệ (dd/MM/yyyy)"),
                        new ImportProblem(4, column, "Thời gian \"32/01/2024\" không phải là ngày hợp lệ (dd/MM/yyyy)"),
                        new ImportProblem(5, column, "Thời gian \"29/02/2023\" không phải là ngày hợp lệ (dd/MM/yyyy)"),
                        new ImportProblem(6, column, "Thời gian \"1/1/23\" không phải là ngày hợp lệ (dd/MM/yyyy)"),
                        new ImportProblem(
                                7, column, "Thời gian \"31/04/2024\" không phải là ngày hợp lệ (dd/MM/yyyy)"));
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void everyProblemIsCollectedWithItsExcelRowAndColumn() {
        Sheet sheet = sheet();
        row(sheet, 0, "Phụ lục");
        row(sheet, 2, HEADER);
        row(sheet, 3, 1, "TC 1.1 - Trước lĩnh vực", "Mục tiêu", "Sở Nội vụ", null, "Thường xuyên");
        row(sheet, 4, "I", "CÔNG TÁC", null, null, null, "Trong năm");
        row(sheet, 5, 1, "TC 9.9 - Không có", "", "", "Sở Ngoại giao, Sở Tư pháp; Phòng Nội vụ", "");
        row(sheet, 6, 2, "", "Mục tiêu", "Sở Tài chính; UBND cấp huyện", null, null);
        row(sheet, 7, 3, "TC 1.2 - Ba", "Mục tiêu", "Sở Ngoại vụ", null, null);
        row(sheet, 8, "", "TC 1.1 - Thiếu số thứ tự", "Mục tiêu", "Sở Nội vụ", null, null);
        row(sheet, 9, "Ghi chú: tổng hợp", null, null, null, null, null);
        row(sheet, 11, 4, "TC 1.1 - Đúng", "Mục tiêu", "Sở Nội vụ", null, null);

        ImportResult result = read(sheet);

        assertThat(result.problems())
                .containsExactly(
                        new ImportProblem(
                                4, "TT", "Dòng nhiệm vụ phải nằm dưới một dòng lĩnh vực (số La Mã I, II, … ở cột TT)"),
                        new ImportProblem(
                                5,
                                "Thời gian thực hiện/hoàn thành",
                                "Dòng lĩnh vực \"I\" chỉ ghi tên lĩnh vực; cột này phải để trống"),
                        new ImportProblem(
                                6,
                                "Lĩnh vực/Tiêu chí/Tiêu chí thành phần",
                                "Không có tiêu chí \"TC 9.9\" trong bộ chỉ số của kế hoạch"),
                        new ImportProblem(6, "Mục tiêu, yêu cầu", "Mục tiêu, yêu cầu không được để trống"),
                        new ImportProblem(6, "Cơ quan phụ trách", "Cơ quan phụ trách không được để trống"),
                        new ImportProblem(
                                6, "Cơ quan phối hợp/thực hiện", "Không tìm thấy cơ quan, đơn vị \"Sở Ngoại giao\""),
                        new ImportProblem(
                                6, "Cơ quan phối hợp/thực hiện", "Không tìm thấy cơ quan, đơn vị \"Phòng Nội vụ\""),
                        new ImportProblem(
                                7,
                                "Lĩnh vực/Tiêu chí/Tiêu chí thành phần",
                                "Lĩnh vực/Tiêu chí/Tiêu chí thành phần không được để trống"),
                        new ImportProblem(8, "Cơ quan phụ trách", "Không tìm thấy cơ quan, đơn vị \"Sở Ngoại vụ\""),
                        new ImportProblem(9, "TT", "Số thứ tự (TT) không được để trống"),
                        new ImportProblem(
                                10,
                                "TT",
                                "Số thứ tự \"Ghi chú: tổng hợp\" không hợp lệ: cần số La Mã cho lĩnh vực "
                                        + "(I, II, …) hoặc số cho nhiệm vụ (1, 2, …)"));
        assertThat(result.rows()).extracting(PlanItemDraft::number).containsExactly("4");
    }

    @Test
    void aSheetWithoutTheAppendixHeaderIsReported() {
        Sheet sheet = sheet();
        row(sheet, 0, "Danh sách");
        row(sheet, 1, "TT", "Tên", "Ghi chú");
        assertThat(read(sheet).problems()).containsExactly(new ImportProblem(0, null, PlanAppendixImporter.NO_HEADER));

        Sheet partial = sheet();
        row(partial, 3, "TT", "Lĩnh vực/Tiêu chí", "Mục tiêu, yêu cầu", "Cơ quan phụ trách");
        assertThat(read(partial).problems())
                .containsExactly(
                        new ImportProblem(4, null, "Dòng tiêu đề thiếu cột \"Cơ quan phối hợp/thực hiện\""),
                        new ImportProblem(4, null, "Dòng tiêu đề thiếu cột \"Thời gian thực hiện/hoàn thành\""));

        Sheet tooLow = sheet();
        row(tooLow, 15, HEADER);
        assertThat(read(tooLow).problems())
                .extracting(ImportProblem::message)
                .containsExactly(PlanAppendixImporter.NO_HEADER);
    }

    @Test
    void filesThatAreNotExcelWorkbooksGiveOneProblemAndNoItems() throws IOException {
        ImportProblem notExcel = new ImportProblem(0, null, "Tệp không phải là tệp Excel (.xlsx) hợp lệ");
        byte[] pdf =
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] text = "TT\tLĩnh vực\n1\tTC 1.1\n".getBytes(StandardCharsets.UTF_8);
        byte[] xls;
        try (Workbook old = new HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            old.createSheet("Phụ lục").createRow(0).createCell(0).setCellValue("TT");
            old.write(out);
            xls = out.toByteArray();
        }
        for (byte[] bytes : List.of(pdf, text, new byte[0], xls)) {
            ImportResult result = importer.read(new ByteArrayInputStream(bytes), UNITS, CODES);
            assertThat(result.problems()).containsExactly(notExcel);
            assertThat(result.items()).isEmpty();
        }
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk error");
            }
        };
        assertThat(importer.read(failing, UNITS, CODES).problems()).containsExactly(notExcel);
    }

    // ------------------------------------------------------------------ helpers

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private final List<Workbook> workbooks = new ArrayList<>();

    private Sheet sheet() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbooks.add(workbook);
        return workbook.createSheet("Phụ lục");
    }

    private ImportResult read(Sheet sheet) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet.getWorkbook().write(out);
            return importer.read(new ByteArrayInputStream(out.toByteArray()), UNITS, CODES);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A row of cells: strings as text (null: no cell), numbers as numeric cells. */
    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value instanceof String s) {
                row.createCell(c).setCellValue(s);
            } else if (value instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            }
        }
    }

    private static void merge(Sheet sheet, int firstRow, int lastRow, int firstCol, int lastCol) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
    }
}
