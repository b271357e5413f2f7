package vn.cchc.portal.bench;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.portal.Application;
import vn.cchc.portal.indicator.IndicatorSet;
import vn.cchc.portal.indicator.TargetMatrix;
import vn.cchc.portal.indicator.TargetService;
import vn.cchc.portal.indicator.UnitLevel;
import vn.cchc.portal.plan.PlanFilter;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanSummary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Prints how long the target matrix of Plan 629/KH-UBND takes to load, warm: the whole matrix of its 254 units × 6
 * indicators × 2 milestones, one tab (the communes of one district), and the whole matrix again after adding communes
 * until the plan covers 3,300 units (national scale), each with six baselines. Runs the application on an in-memory
 * H2 database with the demo data (production-mode web server on a free port). A figure, not a test: nothing is asserted.
 *
 * <p>Run: {@code ./mvnw -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.cchc.portal.bench.TargetMatrixBenchmark} (or from the bench profile).
 */
public final class TargetMatrixBenchmark {

    static final int WARM_UP = 5;
    static final int RUNS = 15;
    static final int NATIONAL_UNITS = 3300;

    private TargetMatrixBenchmark() {
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .properties("server.port=0", "vaadin.productionMode=true", "spring.datasource.url=jdbc:h2:mem:cchc-bench;MODE=PostgreSQL;"
                                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "cchc.deadlines.cron=-", "logging.level.root=warn",
                        "cchc.evidence.dir=" + System.getProperty("java.io.tmpdir") + "/cchc-bench-evidence")
                .run(args)) {
            UserDetails planner = app.getBean("dbUserDetailsService", UserDetailsService.class)
                    .loadUserByUsername("chuyenvien.snv");
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(planner, null, planner.getAuthorities()));
            TargetService targets = app.getBean(TargetService.class);
            PlanSummary plan = app.getBean(PlanService.class).list(new PlanFilter(2024, null, null, null,
                    "629/KH-UBND")).stream().filter(p -> "629/KH-UBND".equals(p.number())).findFirst().orElseThrow();
            IndicatorSet set = targets.set(plan.id()).orElseThrow();
            long chuProng = targets.matrix(plan.id(), UnitLevel.DISTRICT, null).rows().stream()
                    .filter(r -> r.unitName().equals("Huyện Chư Prông")).findFirst().orElseThrow().unitId();

            int units = targets.fullMatrix(plan.id()).rows().size();
            report("whole matrix, " + units + " units × " + set.indicators().size() + " indicators × "
                    + set.milestones().size() + " milestones", () -> targets.fullMatrix(plan.id()));
            report("one tab: communes of Huyện Chư Prông",
                    () -> targets.matrix(plan.id(), UnitLevel.COMMUNE, chuProng));

            int added = addCommunes(app.getBean(JdbcTemplate.class), set, NATIONAL_UNITS - units);
            int national = targets.fullMatrix(plan.id()).rows().size();
            report("whole matrix, " + national + " units (" + added + " communes added) × "
                    + set.indicators().size() + " indicators × " + set.milestones().size() + " milestones",
                    () -> targets.fullMatrix(plan.id()));
        }
    }

    /** Adds communes spread over the districts, each with a baseline for every indicator. */
    static int addCommunes(JdbcTemplate jdbc, IndicatorSet set, int count) {
        List<Long> districts = jdbc.queryForList("select id from org_unit where kind = 'DISTRICT' order by id",
                Long.class);
        List<Object[]> unitRows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String code = "BENCH" + i;
            unitRows.add(new Object[] {code, "Xã Thử nghiệm " + (i + 1), districts.get(i % districts.size()),
                    "xa thu nghiem " + (i + 1) + " " + code.toLowerCase()});
        }
        jdbc.batchUpdate("insert into org_unit (code, name, kind, parent_id, sort_order, valid_from, "
                + "handles_procedures, search_key) values (?, ?, 'COMMUNE', ?, 9999, date '2020-01-01', true, ?)",
                unitRows);
        List<Long> ids = jdbc.queryForList("select id from org_unit where code like 'BENCH%'", Long.class);
        List<Object[]> baselines = new ArrayList<>();
        for (long unit : ids) {
            for (int i = 0; i < set.indicators().size(); i++) {
                baselines.add(new Object[] {set.indicators().get(i).id(), unit, (unit * 7 + i * 13) % 100});
            }
        }
        jdbc.batchUpdate("insert into indicator_baseline (indicator_id, unit_id, baseline_value, source) "
                + "values (?, ?, ?, 'bench')", baselines);
        return ids.size();
    }

    static void report(String what, Supplier<TargetMatrix> load) {
        for (int i = 0; i < WARM_UP; i++) {
            load.get();
        }
        long[] millis = new long[RUNS];
        int rows = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            rows = load.get().rows().size();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("BENCH target matrix – %s: %d rows, median %d ms, min %d ms, max %d ms (%d warm runs)%n",
                what, rows, millis[RUNS / 2], millis[0], millis[RUNS - 1], RUNS);
    }
}
