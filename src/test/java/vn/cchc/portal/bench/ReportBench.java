package vn.cchc.portal.bench;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import vn.cchc.portal.Application;
import vn.cchc.portal.plan.PlanFilter;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.report.BodyLine;
import vn.cchc.portal.report.CampaignBench;
import vn.cchc.portal.report.ExportFormat;
import vn.cchc.portal.report.ReportCatalog;
import vn.cchc.portal.report.ReportRequest;
import vn.cchc.portal.report.plan.PlanAppendixRow;
import vn.cchc.portal.report.plan.PlanDocument;
import vn.cchc.portal.report.plan.PlanDocumentService;
import vn.cchc.portal.security.SystemPrincipal;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * Prints how long documents take, warm (after a few runs): the 1908 plan PDF through the Jasper pipeline and the
 * province campaign report (254 units), each against the same rows written with bare OpenPDF, as a ratio; and the
 * campaign report at national scale (3,300 units). Run: {@code ./mvnw -Pbench} (or this class's main with the test
 * class path). Figures only — no test asserts on time.
 */
public final class ReportBench {

    private static final int WARMUP = 2;
    private static final int RUNS = 3;

    private ReportBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("spring.datasource.url", "jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        System.setProperty("cchc.deadlines.cron", "-");
        System.setProperty("server.port", "0");
        try (ConfigurableApplicationContext ctx = SpringApplication.run(Application.class)) {
            PlanService plans = ctx.getBean(PlanService.class);
            ReportCatalog catalog = ctx.getBean(ReportCatalog.class);
            PlanDocumentService planDocs = ctx.getBean(PlanDocumentService.class);
            SystemPrincipal.callAsSystem(() -> {
                long planId = plans.list(new PlanFilter(2023, null, null, null, "1908")).getFirst().id();
                PlanDocument doc = planDocs.assemble(planId);
                double jasper = time("Plan 1908/KH-UBND, Jasper PDF/A", () ->
                        catalog.generate(ReportRequest.plan(planId), ExportFormat.PDF, null).content());
                double bare = time("Plan 1908/KH-UBND, bare OpenPDF", () -> bare(doc.body(), doc.appendix()));
                System.out.printf("  ratio Jasper / bare OpenPDF: %.1f%n", jasper / bare);
                return null;
            });
        }
        double campaign = time("Campaign report, province (254 units), Jasper PDF/A", () -> CampaignBench.jasper(1));
        double bareCampaign = time("Campaign report, province (254 units), bare OpenPDF", () -> CampaignBench.bare(1));
        System.out.printf("  ratio Jasper / bare OpenPDF: %.1f%n", campaign / bareCampaign);
        time("Campaign report, national scale (3,300 units), Jasper PDF/A", () -> CampaignBench.jasper(13));
    }

    /** Milliseconds per run after warm-up; prints size and time. */
    static double time(String label, Supplier<byte[]> work) {
        int size = 0;
        for (int i = 0; i < WARMUP; i++) {
            size = work.get().length;
        }
        long start = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            size = work.get().length;
        }
        double ms = (System.nanoTime() - start) / 1e6 / RUNS;
        System.out.printf("%-62s %8.0f ms  (%,d bytes)%n", label, ms, size);
        return ms;
    }

    /** The same paragraphs and table rows with OpenPDF alone: no layout engine, no PDF/A. */
    public static byte[] bare(List<BodyLine> body, List<PlanAppendixRow> rows) {
        try (InputStream in = ReportBench.class.getResourceAsStream("/reports/fonts/LiberationSerif-Regular.ttf")) {
            BaseFont base = BaseFont.createFont("LiberationSerif-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    true, in.readAllBytes(), null);
            Font font = new Font(base, 11);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 85, 43, 57, 57);
            PdfWriter.getInstance(document, out);
            document.open();
            for (BodyLine line : body) {
                document.add(new Paragraph(line.text() == null ? String.join(" ", nz(line.c1()), nz(line.c2()))
                        : line.text(), font));
            }
            document.setPageSize(PageSize.A4.rotate());
            document.newPage();
            PdfPTable table = new PdfPTable(new float[] {30, 160, 190, 90, 140, 104});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String h : new String[] {"TT", "Lĩnh vực/Tiêu chí", "Mục tiêu, yêu cầu", "Cơ quan phụ trách",
                    "Cơ quan phối hợp/thực hiện", "Thời gian"}) {
                table.addCell(new Paragraph(h, font));
            }
            for (PlanAppendixRow r : rows) {
                for (String c : new String[] {r.tt(), r.criterion(), r.goal(), r.lead(), r.coordinating(), r.timeframe()}) {
                    table.addCell(new Paragraph(nz(c), font));
                }
            }
            document.add(table);
            document.close();
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
