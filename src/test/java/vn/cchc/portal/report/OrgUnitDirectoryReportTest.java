package vn.cchc.portal.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renders the directory of organisation units through the real compiled reports ({@code target/classes/reports},
 * produced by the build's JrxmlCompiler step) without a Spring context.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OrgUnitDirectoryReportTest {

    private static final LocalDate DATE = LocalDate.of(2024, 3, 19);
    private static final Path SAMPLES = Path.of("target", "report-samples");

    private static OfficialDocumentRenderer renderer;
    private static List<OrgUnitDirectoryRow> rows;
    private static byte[] pdf;

    @BeforeAll
    static void renderOnce() throws IOException {
        renderer = new OfficialDocumentRenderer();
        rows = OrgUnitDirectory.rows(SampleOrgUnits.tree());
        pdf = render(
                OrgUnitDirectoryReport.document(SampleIssuer.SNV, DATE, "Ủy ban nhân dân tỉnh Gia Lai"),
                ExportFormat.PDF);
        Files.createDirectories(SAMPLES);
        Files.write(Files.createDirectories(SAMPLES).resolve("org-unit-directory.pdf"), pdf);
    }

    private static byte[] render(OfficialDocument document, ExportFormat format) {
        return renderer.render(document, OrgUnitDirectory.BODY_REPORT, rows, Map.of(), format);
    }

    @Test
    void the_pdf_carries_the_Decree_30_header_body_and_recipients() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertAll(
                    () -> assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text),
                    () -> assertTrue(text.contains("Độc lập - Tự do - Hạnh phúc"), text),
                    () -> assertTrue(text.contains("UBND TỈNH GIA LAI"), text),
                    () -> assertTrue(text.contains("SỞ NỘI VỤ"), text),
                    () -> assertTrue(text.contains("/DS-SNV"), text),
                    () -> assertTrue(text.contains("Gia Lai, ngày 19 tháng 3 năm 2024"), text),
                    () -> assertTrue(text.contains("DANH SÁCH"), text),
                    () -> assertTrue(text.contains("Cơ quan, đơn vị thuộc Ủy ban nhân dân tỉnh Gia Lai"), text),
                    () -> assertTrue(text.contains("Tên cơ quan, đơn vị"), text),
                    () -> assertTrue(text.contains("Xã Ia Tôr"), text),
                    () -> assertTrue(text.contains("Sở Nội vụ"), text),
                    () -> assertTrue(text.contains("Huyện Chư Prông"), text),
                    () -> assertTrue(text.contains("Cấp xã"), text),
                    () -> assertTrue(text.contains("Nơi nhận:"), text),
                    () -> assertTrue(text.contains("- Lưu: VT, CCHC."), text),
                    () -> assertTrue(text.contains("KT. GIÁM ĐỐC"), text),
                    () -> assertTrue(text.contains("PHÓ GIÁM ĐỐC"), text),
                    () -> assertFalse(text.contains("DỰ THẢO"), "an issued document carries no draft mark"));
        }
    }

    @Test
    void a_very_long_unit_name_wraps_instead_of_being_cut() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains(SampleOrgUnits.LONG_NAME), text);
        }
    }

    @Test
    void every_font_is_embedded_Liberation_Serif() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName());
                    assertTrue(font.isEmbedded(), "not embedded: " + font.getName());
                    assertTrue(font.getName().contains("LiberationSerif"), "unexpected font: " + font.getName());
                }
            }
            assertFalse(fonts.isEmpty());
            assertTrue(fonts.stream().anyMatch(f -> f.contains("Bold")), fonts.toString());
            assertTrue(fonts.stream().anyMatch(f -> f.contains("Italic")), fonts.toString());
        }
    }

    @Test
    void the_page_is_A4_portrait_and_pages_after_the_first_are_numbered_at_the_top() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 2, "the sample should need two pages");
            PDPage first = document.getPage(0);
            assertEquals(595, Math.round(first.getMediaBox().getWidth()));
            assertEquals(842, Math.round(first.getMediaBox().getHeight()));

            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertTrue(
                    stripper.getText(document).strip().startsWith("UBND TỈNH GIA LAI"),
                    "page 1 has no page number above the header");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertEquals(
                    "2",
                    stripper.getText(document)
                            .strip()
                            .lines()
                            .findFirst()
                            .orElse("")
                            .strip());
        }
    }

    @Test
    void a_draft_is_marked_DU_THAO() throws IOException {
        byte[] draft = render(
                OrgUnitDirectoryReport.document(SampleIssuer.SNV, DATE, "Ủy ban nhân dân tỉnh Gia Lai")
                        .withDraft(true),
                ExportFormat.PDF);
        Files.write(Files.createDirectories(SAMPLES).resolve("org-unit-directory-draft.pdf"), draft);
        try (PDDocument document = Loader.loadPDF(draft)) {
            assertTrue(new PDFTextStripper().getText(document).contains("DỰ THẢO"));
        }
    }

    @Test
    void the_docx_is_a_word_document_with_the_units() throws IOException {
        byte[] docx = render(
                OrgUnitDirectoryReport.document(SampleIssuer.SNV, DATE, "Ủy ban nhân dân tỉnh Gia Lai"),
                ExportFormat.DOCX);
        Files.write(Files.createDirectories(SAMPLES).resolve("org-unit-directory.docx"), docx);
        Map<String, String> entries = unzip(docx);
        String body = entries.get("word/document.xml");
        assertNotNull(body, entries.keySet().toString());
        assertAll(
                () -> assertTrue(entries.containsKey("[Content_Types].xml")),
                () -> assertTrue(body.contains("Xã Ia Tôr")),
                () -> assertTrue(body.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
                () -> assertTrue(body.contains("Nơi nhận:")),
                () -> assertTrue(
                        String.join("", entries.values()).contains("Times New Roman"),
                        "Word should be told to use Times New Roman"));
    }

    @Test
    void the_xlsx_is_one_sheet_with_the_units() throws IOException {
        byte[] xlsx = render(
                OrgUnitDirectoryReport.document(SampleIssuer.SNV, DATE, "Ủy ban nhân dân tỉnh Gia Lai"),
                ExportFormat.XLSX);
        Files.write(Files.createDirectories(SAMPLES).resolve("org-unit-directory.xlsx"), xlsx);
        Map<String, String> entries = unzip(xlsx);
        assertTrue(entries.containsKey("xl/workbook.xml"), entries.keySet().toString());
        assertEquals(
                1,
                entries.keySet().stream()
                        .filter(n -> n.matches("xl/worksheets/sheet\\d+\\.xml"))
                        .count());
        String strings = entries.get("xl/sharedStrings.xml");
        assertTrue(strings.contains("Xã Ia Tôr"));
        assertTrue(strings.contains("Huyện Chư Prông"));
        assertEquals(1, strings.split(">STT<", -1).length - 1, "the table header appears once, not once per page");
        assertFalse(strings.contains(">2<"), "no page numbers in a spreadsheet");
    }

    @Test
    void an_unknown_body_report_fails_with_a_Vietnamese_message() {
        DocumentGenerationException e = assertThrows(
                DocumentGenerationException.class,
                () -> renderer.render(
                        OrgUnitDirectoryReport.document(SampleIssuer.SNV, DATE, "Ủy ban nhân dân tỉnh Gia Lai"),
                        "no-such-report",
                        rows,
                        null,
                        ExportFormat.PDF));
        assertTrue(e.getMessage().startsWith("Không tạo được văn bản: "), e.getMessage());
        assertThrows(
                DocumentGenerationException.class,
                () -> renderer.render(
                        OrgUnitDirectoryReport.document(SampleIssuer.SNV, DATE, "Ủy ban nhân dân tỉnh Gia Lai"),
                        "../etc/passwd",
                        rows,
                        null,
                        ExportFormat.PDF));
    }

    @Test
    void rows_may_also_be_maps() throws IOException {
        List<Map<String, Object>> maps = new ArrayList<>();
        for (OrgUnitDirectoryRow row : rows.subList(0, 3)) {
            maps.add(new LinkedHashMap<>(OfficialDocumentRenderer.recordToMap(row)));
        }
        byte[] bytes = renderer.render(
                OrgUnitDirectoryReport.document(SampleIssuer.SNV, DATE, "Ủy ban nhân dân tỉnh Gia Lai"),
                OrgUnitDirectory.BODY_REPORT,
                maps,
                null,
                ExportFormat.PDF);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertEquals(1, document.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(document).contains("Sở Tư pháp"));
        }
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertFalse(entries.isEmpty(), "not a zip");
        return entries;
    }
}
