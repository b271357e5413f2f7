package vn.cchc.portal.bench;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.portal.indicator.IndicatorSet;
import vn.cchc.portal.indicator.TargetService;
import vn.cchc.portal.plan.PeriodKind;
import vn.cchc.portal.plan.PlanFilter;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.ReportingPeriodService;
import vn.cchc.portal.report.BodyLine;
import vn.cchc.portal.report.DocumentPart;
import vn.cchc.portal.report.DocumentSpec;
import vn.cchc.portal.report.ExportFormat;
import vn.cchc.portal.report.OfficialDocumentRenderer;
import vn.cchc.portal.report.RenderProgress;
import vn.cchc.portal.report.ReportCatalog;
import vn.cchc.portal.report.ReportRequest;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Prints how long official documents take, warm: the plan 1908/KH-UBND PDF and the day-100 campaign report of Plan
 * 629/KH-UBND (its 254 units, from the indicator data), each as the whole request (data, layout, PDF/A, archive),
 * as the Jasper layout alone, and as the same paragraphs and table rows written with bare OpenPDF (no layout
 * engine, no PDF/A) — the ratio is layout over bare; then the campaign report again after adding communes with
 * baselines and day-100 values until the plan covers 3,300 units (national scale). Runs the application on an
 * in-memory H2 database with the demo data (production mode, free port). Figures only: nothing is asserted.
 *
 * <p>Run: {@code ./mvnw -Pbench} (or {@code -Pbench -Dbench.main=vn.cchc.portal.bench.TargetMatrixBenchmark}).
 */
public final class ReportBench {

    static final int WARM_UP = 3;
    static final int RUNS = 5;
    static final int NATIONAL_UNITS = 3300;

    private ReportBench() {
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext app = BenchApp.start("cchc-report-bench", args)) {
            ReportCatalog catalog = app.getBean(ReportCatalog.class);
            PlanService plans = app.getBean(PlanService.class);
            OfficialDocumentRenderer renderer = app.getBean(OfficialDocumentRenderer.class);

            long plan1908 = plans.list(new PlanFilter(2023, null, null, null, "1908")).stream()
                    .filter(p -> "1908/KH-UBND".equals(p.number())).findFirst().orElseThrow().id();
            compare("plan 1908/KH-UBND", ReportRequest.plan(plan1908), catalog, renderer);

            long plan629 = plans.list(new PlanFilter(2024, null, null, null, "629/KH-UBND")).stream()
                    .filter(p -> "629/KH-UBND".equals(p.number())).findFirst().orElseThrow().id();
            long day100 = app.getBean(ReportingPeriodService.class).ofPlan(plan629).stream()
                    .filter(p -> p.kind() == PeriodKind.FINAL).findFirst().orElseThrow().id();
            ReportRequest campaign = ReportRequest.campaign(plan629, day100, false);
            TargetService targets = app.getBean(TargetService.class);
            int units = targets.fullMatrix(plan629).rows().size();
            compare("campaign report 629, day 100, " + units + " units", campaign, catalog, renderer);

            IndicatorSet set = targets.set(plan629).orElseThrow();
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            int added = TargetMatrixBenchmark.addCommunes(jdbc, set, NATIONAL_UNITS - units);
            addDay100Values(jdbc, set);
            int national = targets.fullMatrix(plan629).rows().size();
            time("campaign report, national scale, " + national + " units: whole request (" + added
                    + " communes added)", () -> catalog.generate(campaign, ExportFormat.PDF, null).content());
        }
    }

    /** Whole request, Jasper layout of the same spec, bare OpenPDF of the same rows; prints the ratio. */
    static void compare(String what, ReportRequest request, ReportCatalog catalog, OfficialDocumentRenderer renderer) {
        time(what + ": whole request (data, layout, PDF/A, archive)",
                () -> catalog.generate(request, ExportFormat.PDF, null).content());
        DocumentSpec spec = catalog.spec(request);
        double jasper = time(what + ": Jasper layout and PDF/A only",
                () -> renderer.render(spec.document(), spec.parts(), ExportFormat.PDF, RenderProgress.NONE));
        double bare = time(what + ": same rows with bare OpenPDF", () -> bare(spec));
        System.out.printf("BENCH %s: ratio Jasper / bare OpenPDF = %.1f%n", what, jasper / bare);
    }

    /** Day-100 values for the communes the benchmark added: baseline plus a unit-specific step. */
    static void addDay100Values(JdbcTemplate jdbc, IndicatorSet set) {
        long period = set.periods().getLast().id();
        List<Object[]> rows = new ArrayList<>();
        for (long unit : jdbc.queryForList("select id from org_unit where code like 'BENCH%'", Long.class)) {
            for (int i = 0; i < set.indicators().size(); i++) {
                rows.add(new Object[] {set.indicators().get(i).id(), unit, period,
                        Math.min(100, (unit * 7 + i * 13) % 100 + (unit * 3 + i) % 40)});
            }
        }
        jdbc.batchUpdate("insert into indicator_actual (indicator_id, unit_id, period_id, actual_value, source, "
                + "entered_by, entered_at) values (?, ?, ?, ?, 'DEMO', 'bench', current_timestamp)", rows);
    }

    /** Median milliseconds of the warm runs; prints median, min, max and size. */
    static double time(String label, Supplier<byte[]> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        long[] millis = new long[RUNS];
        int size = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            size = work.get().length;
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("BENCH %s: median %d ms, min %d ms, max %d ms, %,d bytes (%d warm runs)%n", label,
                millis[RUNS / 2], millis[0], millis[RUNS - 1], size, RUNS);
        return millis[RUNS / 2];
    }

    /**
     * The spec's paragraphs and table rows with OpenPDF alone: the body's lines as paragraphs (table lines as
     * tables), each appendix as a table on landscape pages, one cell per record component.
     */
    static byte[] bare(DocumentSpec spec) {
        try (InputStream in = ReportBench.class.getResourceAsStream("/reports/fonts/LiberationSerif-Regular.ttf")) {
            BaseFont base = BaseFont.createFont("LiberationSerif-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    true, in.readAllBytes(), null);
            Font font = new Font(base, 11);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 85, 43, 57, 57);
            PdfWriter.getInstance(document, out);
            document.open();
            for (DocumentPart part : spec.parts()) {
                if (part.framed()) {
                    for (Object row : part.rows()) {
                        body(document, row, font);
                    }
                } else {
                    document.setPageSize(PageSize.A4.rotate());
                    document.newPage();
                    table(document, part.rows(), font);
                }
            }
            document.close();
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void body(Document document, Object row, Font font) throws Exception {
        if (row instanceof BodyLine line && line.text() != null) {
            document.add(new Paragraph(line.text(), font));
        } else {
            table(document, List.of(row), font);
        }
    }

    private static void table(Document document, java.util.Collection<?> rows, Font font) throws Exception {
        if (rows.isEmpty()) {
            return;
        }
        RecordComponent[] columns = rows.iterator().next().getClass().getRecordComponents();
        PdfPTable table = new PdfPTable(columns.length);
        table.setWidthPercentage(100);
        for (Object row : rows) {
            for (RecordComponent c : columns) {
                Object value = c.getAccessor().invoke(row);
                table.addCell(new Paragraph(value == null ? "" : value.toString(), font));
            }
        }
        document.add(table);
    }
}
