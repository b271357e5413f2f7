package vn.cchc.portal.indicator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.portal.bench.Bench;
import vn.cchc.portal.bench.Benchmark;
import vn.cchc.portal.plan.PlanFilter;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanSummary;

import java.util.ArrayList;
import java.util.List;

/**
 * How long the target matrix of Plan 629/KH-UBND takes to load, warm: the whole matrix of its 254 units × 6
 * indicators × 2 milestones, one tab (the communes of one district), and the whole matrix again after adding communes
 * until the plan covers 3,300 units (national scale), each with six baselines. Uses the bench's portal (in-memory H2
 * with the demo data). Run: {@code ./mvnw -Pbench -Dbench=targets}.
 */
public final class TargetMatrixBenchmark implements Benchmark {

    static final int NATIONAL_UNITS = 3300;

    @Override
    public String name() {
        return "targets";
    }

    @Override
    public void run(Bench bench) throws Exception {
        UserDetails planner = bench.app()
                .getBean("dbUserDetailsService", UserDetailsService.class)
                .loadUserByUsername("chuyenvien.snv");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(planner, null, planner.getAuthorities()));
        TargetService targets = bench.bean(TargetService.class);
        PlanSummary plan =
                bench.bean(PlanService.class).list(new PlanFilter(2024, null, null, null, "629/KH-UBND")).stream()
                        .filter(p -> "629/KH-UBND".equals(p.number()))
                        .findFirst()
                        .orElseThrow();
        IndicatorSet set = targets.set(plan.id()).orElseThrow();
        long chuProng = targets.matrix(plan.id(), UnitLevel.DISTRICT, null).rows().stream()
                .filter(r -> r.unitName().equals("Huyện Chư Prông"))
                .findFirst()
                .orElseThrow()
                .unitId();

        int units = targets.fullMatrix(plan.id()).rows().size();
        String shape = " × " + set.indicators().size() + " indicators × "
                + set.milestones().size() + " milestones";
        bench.time("whole matrix, " + units + " units" + shape, 5, 15, 1, () -> targets.fullMatrix(plan.id()));
        bench.time(
                "one tab: communes of Huyện Chư Prông",
                5,
                15,
                1,
                () -> targets.matrix(plan.id(), UnitLevel.COMMUNE, chuProng));

        int added = addCommunes(bench.bean(JdbcTemplate.class), set, NATIONAL_UNITS - units);
        int national = targets.fullMatrix(plan.id()).rows().size();
        bench.time(
                "whole matrix, " + national + " units (" + added + " communes added)" + shape,
                5,
                15,
                1,
                () -> targets.fullMatrix(plan.id()));
        SecurityContextHolder.clearContext();
    }

    /** Adds communes spread over the districts, each with a baseline for every indicator. */
    public static int addCommunes(JdbcTemplate jdbc, IndicatorSet set, int count) {
        if (count <= 0) {
            // already at national scale (another benchmark of the same run added them)
            return 0;
        }
        List<Long> districts =
                jdbc.queryForList("select id from org_unit where kind = 'DISTRICT' order by id", Long.class);
        List<Object[]> unitRows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String code = "BENCH" + i;
            unitRows.add(new Object[] {
                code,
                "Xã Thử nghiệm " + (i + 1),
                districts.get(i % districts.size()),
                "xa thu nghiem " + (i + 1) + " " + code.toLowerCase()
            });
        }
        jdbc.batchUpdate(
                "insert into org_unit (code, name, kind, parent_id, sort_order, valid_from, "
                        + "handles_procedures, search_key) values (?, ?, 'COMMUNE', ?, 9999, date '2020-01-01', true, ?)",
                unitRows);
        List<Long> ids = jdbc.queryForList("select id from org_unit where code like 'BENCH%'", Long.class);
        List<Object[]> baselines = new ArrayList<>();
        for (long unit : ids) {
            for (int i = 0; i < set.indicators().size(); i++) {
                baselines.add(new Object[] {set.indicators().get(i).id(), unit, (unit * 7 + i * 13) % 100});
            }
        }
        jdbc.batchUpdate(
                "insert into indicator_baseline (indicator_id, unit_id, baseline_value, source) "
                        + "values (?, ?, ?, 'bench')",
                baselines);
        return ids.size();
    }
}
