package vn.cchc.portal.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.plan.PlanFilter;
import vn.cchc.portal.plan.PlanHeaderForm;
import vn.cchc.portal.plan.PlanItemKind;
import vn.cchc.portal.plan.PlanItemView;
import vn.cchc.portal.plan.PlanKind;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.report.plan.PlanAppendixRow;
import vn.cchc.portal.report.plan.PlanDocument;
import vn.cchc.portal.report.plan.PlanDocumentAssembler;
import vn.cchc.portal.report.plan.PlanDocumentService;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF of Plan 1908/KH-UBND reproduces the source: its narrative items in order and its 79-row appendix. */
@SpringBootTest
@Transactional
@WithUserDetails(value = "lanhdao.ubnd", userDetailsServiceBeanName = "dbUserDetailsService")
class PlanDocumentTest {

    static final Path SAMPLES = Path.of("target", "report-samples");
    private static final Pattern CODE = Pattern.compile("\\b(TCTP|TC) \\d+(\\.\\d+)*(?= - )");

    @Autowired
    PlanService plans;

    @Autowired
    ReportCatalog catalog;

    @Autowired
    PlanDocumentService planDocuments;

    long planId;
    /** Rendered once for the class: the 1908 plan is about 50 pages. */
    static GeneratedFile pdf;

    static String text;

    /** The rows of the source appendix: code, printed lead (src/test/resources/plans/appendix-1908-expected.tsv). */
    record SourceRow(String code, String lead) {}

    @BeforeEach
    void renderTheSourcePlan() throws IOException {
        planId = plans.list(new PlanFilter(2023, null, null, null, "1908"))
                .getFirst()
                .id();
        if (pdf == null) {
            pdf = catalog.generate(ReportRequest.plan(planId), ExportFormat.PDF, null);
            text = PdfChecks.text(pdf.content());
            Files.createDirectories(SAMPLES);
            Files.write(Files.createDirectories(SAMPLES).resolve("ke-hoach-1908.pdf"), pdf.content());
        }
    }

    static List<SourceRow> source() throws IOException {
        try (InputStream in = PlanDocumentTest.class.getResourceAsStream("/plans/appendix-1908-expected.tsv")) {
            List<SourceRow> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] c = lines[i].split("\t", -1);
                rows.add(new SourceRow(c[2], c[5]));
            }
            return rows;
        }
    }

    private String appendixText() {
        int start = text.indexOf("MỤC TIÊU CỤ THỂ NHẰM DUY TRÌ");
        assertThat(start).as("the appendix title is printed").isPositive();
        return text.substring(start);
    }

    private List<int[]> codePositions(String appendix, List<String> codes) {
        List<int[]> positions = new ArrayList<>();
        Matcher m = CODE.matcher(appendix);
        while (m.find()) {
            codes.add(m.group());
            positions.add(new int[] {m.start(), m.end()});
        }
        return positions;
    }

    @Test
    void theAppendixListsTheSame79CodesInTheSameOrderAsTheSource() throws IOException {
        List<String> codes = new ArrayList<>();
        codePositions(appendixText(), codes);
        assertThat(codes)
                .hasSize(79)
                .containsExactlyElementsOf(
                        source().stream().map(SourceRow::code).toList());
    }

    /** Each row carries the source's lead text exactly ("Văn phòng UBND tỉnh", not the resolved unit name). */
    @Test
    void eachAppendixRowPrintsTheSourceLeadTextExactly() throws IOException {
        String appendix = appendixText();
        List<String> codes = new ArrayList<>();
        List<int[]> at = codePositions(appendix, codes);
        List<SourceRow> source = source();
        for (int i = 0; i < source.size(); i++) {
            String row = appendix.substring(at.get(i)[1], i + 1 < at.size() ? at.get(i + 1)[0] : appendix.length())
                    .replaceAll("\\s+", " ");
            assertThat(row).contains(source.get(i).lead());
        }
    }

    @Test
    void theNarrativeItemsComeInTheOrderOfThePlan() {
        String flat = text.replaceAll("\\s+", " ");
        // the items of sections I-III, not the rows under "PHỤ LỤC" (both name their criterion)
        List<PlanItemView> all = plans.get(planId).items();
        java.util.Map<Long, PlanItemView> byId = new java.util.HashMap<>();
        all.forEach(i -> byId.put(i.id(), i));
        List<PlanItemView> narrative = all.stream()
                .filter(i -> i.kind() == PlanItemKind.ITEM)
                .filter(i -> {
                    PlanItemView root = i;
                    while (root.parentId() != null) {
                        root = byId.get(root.parentId());
                    }
                    return !PlanDocumentAssembler.isAppendixGroup(root);
                })
                .toList();
        assertThat(narrative).hasSize(60);
        int last = -1;
        for (PlanItemView item : narrative) {
            String heading = item.number() + ". " + item.displayTitle();
            int at = flat.indexOf(heading, last + 1);
            assertThat(at).as(heading).isGreaterThan(last);
            last = at;
        }
        assertThat(flat)
                .contains(
                        "I. MỤC ĐÍCH, YÊU CẦU",
                        "II. NHIỆM VỤ VÀ GIẢI PHÁP",
                        "III. TỔ CHỨC THỰC HIỆN",
                        "a) Mục tiêu, yêu cầu: Hoàn thành 100% nhiệm vụ đề ra theo kế hoạch.",
                        "- Cơ quan phụ trách: Sở Nội vụ.",
                        "d) Thời gian thực hiện/hoàn thành:");
    }

    @Test
    void theHeaderAndSignatureComeFromThePlanAndTheIssuer() {
        assertThat(text)
                .contains(
                        "ỦY BAN NHÂN DÂN",
                        "TỈNH GIA LAI",
                        "Số: 1908/KH-UBND",
                        "Gia Lai, ngày 21 tháng 7 năm 2023",
                        "KẾ HOẠCH",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "TM. ỦY BAN NHÂN DÂN",
                        "CHỦ TỊCH",
                        "Trương Hải Long",
                        "Nơi nhận:",
                        "- Lưu: VT, NC, SNV.",
                        "Căn cứ Quyết định số 288/QĐ-BNV ngày 14/4/2023");
        assertThat(text).doesNotContain("DỰ THẢO");
    }

    @Test
    void theAppendixIsOnLandscapePagesAndTheFileIsArchivalPdfA() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            PDPage first = document.getPage(0);
            PDPage last = document.getPage(document.getNumberOfPages() - 1);
            assertThat(landscape(first)).isFalse();
            assertThat(landscape(last)).isTrue();
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH GIA LAI");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Kế hoạch khắc phục tồn tại");
            assertThat(document.getDocumentInformation().getSubject()).startsWith("Khắc phục tồn tại");
        }
        assertThat(PdfChecks.fontsNotEmbedded(pdf.content())).isEmpty();
        assertThat(PdfChecks.pdfaErrors(pdf.content())).isEmpty();
        assertThat(pdf.archiveId()).isNotNull();
        assertThat(pdf.sha256()).hasSize(64);
    }

    /** Landscape as displayed: a wider media box, or a tall one turned by 90 or 270 degrees. */
    static boolean landscape(PDPage page) {
        boolean wide = page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
        return page.getRotation() % 180 == 0 ? wide : !wide;
    }

    @Test
    void theAssembledAppendixGroupsRowsByAreaWithRomanNumerals() {
        PlanDocument doc = planDocuments.assemble(planId);
        assertThat(doc.appendix())
                .filteredOn(PlanAppendixRow::isArea)
                .extracting(PlanAppendixRow::tt)
                .containsExactly("I", "II", "III", "IV", "V", "VI", "VII", "VIII");
        assertThat(doc.appendix()).filteredOn(r -> !r.isArea()).hasSize(79);
    }

    @Test
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
    void aDraftIsMarkedAndUserTextPrintsLiterally() throws IOException {
        PlanHeaderForm form = new PlanHeaderForm();
        form.setIssuingUnitId(plans.get(planId).summary().issuingUnitId());
        form.setKind(PlanKind.ANNUAL);
        form.setYear(2026);
        form.setTitle("<script>alert(1)</script> ${7*7} $P{x} Kế hoạch thử");
        form.setPurpose("- Mục đích có <b>thẻ</b> và $F{style}");
        long draftId = plans.create(form).id();

        GeneratedFile file = catalog.generate(ReportRequest.plan(draftId), ExportFormat.PDF, null);
        Files.write(Files.createDirectories(SAMPLES).resolve("ke-hoach-du-thao.pdf"), file.content());
        String draft = PdfChecks.text(file.content()).replaceAll("\\s+", " ");

        assertThat(draft)
                .contains(
                        "DỰ THẢO",
                        "<script>alert(1)</script> ${7*7} $P{x} Kế hoạch thử",
                        "- Mục đích có <b>thẻ</b> và $F{style}",
                        "Số: /KH-UBND");
        assertThat(draft).doesNotContain(" 49 ");
        assertThat(PdfChecks.pdfaErrors(file.content())).isEmpty();
    }

    @Test
    void theWordAndExcelFilesCarryTheAppendix() throws IOException {
        GeneratedFile docx = catalog.generate(ReportRequest.plan(planId), ExportFormat.DOCX, null);
        GeneratedFile xlsx = catalog.generate(ReportRequest.plan(planId), ExportFormat.XLSX, null);
        assertThat(new String(docx.content(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        assertThat(new String(xlsx.content(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        Files.write(Files.createDirectories(SAMPLES).resolve("ke-hoach-1908.docx"), docx.content());
        Files.write(Files.createDirectories(SAMPLES).resolve("ke-hoach-1908.xlsx"), xlsx.content());
        assertThat(Zips.entry(xlsx.content(), "xl/sharedStrings.xml"))
                .contains("TCTP 7.3.7 - Thực hiện thanh toán trực tuyến");
        assertThat(Zips.entry(docx.content(), "word/document.xml")).contains("Trương Hải Long");
    }
}
