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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.portal.indicator.IndicatorSet;
import vn.cchc.portal.indicator.TargetMatrixBenchmark;
import vn.cchc.portal.indicator.TargetService;
import vn.cchc.portal.organization.BenchUnits;
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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * How long official documents take, warm: the plan 1908/KH-UBND PDF and the day-100 campaign report of Plan
 * 629/KH-UBND (its 254 units, from the indicator data), each as the whole request (data, layout, PDF/A, archive),
 * as the Jasper layout alone, and as the same paragraphs and table rows written with bare OpenPDF (no layout
 * engine, no PDF/A) — the ratio is layout over bare; then the campaign report again after adding communes with
 * baselines and day-100 values until the plan covers 3,300 units (national scale). Figures only: nothing is
 * asserted. Run: {@code ./mvnw -Pbench -Dbench=reports}.
 */
public final class ReportBenchmark implements Benchmark {

    static final int WARM_UP = 3;
    static final int ROUNDS = 5;
    static final int NATIONAL_UNITS = 3300;

    @Override
    public String name() {
        return "reports";
    }

    @Override
    public void run(Bench bench) throws Exception {
        ConfigurableApplicationContext app = bench.app();
        // the services check the caller: the benchmark acts as the provincial planner
        UserDetails planner =
                app.getBean("dbUserDetailsService", UserDetailsService.class).loadUserByUsername("chuyenvien.snv");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(planner, null, planner.getAuthorities()));
        try {
            measure(bench, app);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void measure(Bench bench, ConfigurableApplicationContext app) throws Exception {
        ReportCatalog catalog = app.getBean(ReportCatalog.class);
        PlanService plans = app.getBean(PlanService.class);
        OfficialDocumentRenderer renderer = app.getBean(OfficialDocumentRenderer.class);

        long plan1908 = plans.list(new PlanFilter(2023, null, null, null, "1908")).stream()
                .filter(p -> "1908/KH-UBND".equals(p.number()))
                .findFirst()
                .orElseThrow()
                .id();
        compare(bench, "plan 1908/KH-UBND", ReportRequest.plan(plan1908), catalog, renderer);

        long plan629 = plans.list(new PlanFilter(2024, null, null, null, "629/KH-UBND")).stream()
                .filter(p -> "629/KH-UBND".equals(p.number()))
                .findFirst()
                .orElseThrow()
                .id();
        long day100 = app.getBean(ReportingPeriodService.class).ofPlan(plan629).stream()
                .filter(p -> p.kind() == PeriodKind.FINAL)
                .findFirst()
                .orElseThrow()
                .id();
        ReportRequest campaign = ReportRequest.campaign(plan629, day100, false);
        TargetService targets = app.getBean(TargetService.class);
        int units = targets.fullMatrix(plan629).rows().size();
        compare(bench, "campaign 629 day 100, " + units + " units", campaign, catalog, renderer);

        IndicatorSet set = targets.set(plan629).orElseThrow();
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        // the target matrix benchmark may have added its communes already (same application)
        BenchUnits.changedBehindJpa();
        int added = TargetMatrixBenchmark.addCommunes(
                jdbc,
                set,
                Math.max(0, NATIONAL_UNITS - targets.fullMatrix(plan629).rows().size()));
        addDay100Values(jdbc, set);
        BenchUnits.changedBehindJpa();
        int national = targets.fullMatrix(plan629).rows().size();
        bench.figure("communes added for the national scale", String.valueOf(added));
        time(
                bench,
                "campaign, national scale, " + national + " units: whole request",
                () -> catalog.generate(campaign, ExportFormat.PDF, null).content());
    }

    /** Whole request, Jasper layout of the same spec, bare OpenPDF of the same rows; prints the ratio. */
    static void compare(
            Bench bench, String what, ReportRequest request, ReportCatalog catalog, OfficialDocumentRenderer renderer)
            throws Exception {
        time(
                bench,
                what + ": whole request",
                () -> catalog.generate(request, ExportFormat.PDF, null).content());
        DocumentSpec spec = catalog.spec(request);
        double jasper = time(
                bench,
                what + ": Jasper layout and PDF/A",
                () -> renderer.render(spec.document(), spec.parts(), ExportFormat.PDF, RenderProgress.NONE));
        double bare = time(bench, what + ": same rows, bare OpenPDF", () -> bare(spec));
        bench.figure(what + ": ratio Jasper / bare OpenPDF", String.format(Locale.ROOT, "%.1f", jasper / bare));
    }

    /** The median of the warm runs (and the file's size as a figure of its own). */
    private static double time(Bench bench, String label, Callable<byte[]> work) throws Exception {
        bench.figure(label + ": size", String.format(Locale.ROOT, "%,d bytes", work.call().length));
        return bench.time(label, WARM_UP, ROUNDS, 1, work);
    }

    /** Day-100 values for the communes the benchmark added: baseline plus a unit-specific step. */
    static void addDay100Values(JdbcTemplate jdbc, IndicatorSet set) {
        long period = set.periods().getLast().id();
        List<Object[]> rows = new ArrayList<>();
        for (long unit : jdbc.queryForList("select id from org_unit where code like 'BENCH%'", Long.class)) {
            for (int i = 0; i < set.indicators().size(); i++) {
                rows.add(new Object[] {
                    set.indicators().get(i).id(),
                    unit,
                    period,
                    Math.min(100, (unit * 7 + i * 13) % 100 + (unit * 3 + i) % 40)
                });
            }
        }
        jdbc.batchUpdate(
                "insert into indicator_actual (indicator_id, unit_id, period_id, actual_value, source, "
                        + "entered_by, entered_at) values (?, ?, ?, ?, 'DEMO', 'bench', current_timestamp)",
                rows);
    }

    /**
     * The spec's paragraphs and table rows with OpenPDF alone: the body's lines as paragraphs (table lines as
     * tables), each appendix as a table on landscape pages, one cell per record component.
     */
    static byte[] bare(DocumentSpec spec) {
        try (InputStream in = ReportBenchmark.class.getResourceAsStream("/reports/fonts/LiberationSerif-Regular.ttf")) {
            BaseFont base = BaseFont.createFont(
                    "LiberationSerif-Regular.ttf",
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED,
                    true,
                    in.readAllBytes(),
                    null);
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
        if (row instanceof BodyLine line && line.lines() != null) {
            for (BodyLine kept : line.lines()) {
                body(document, kept, font);
            }
        } else if (row instanceof BodyLine line && line.text() != null) {
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
