package vn.cchc.portal.plan;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.cchc.portal.support.EmbeddedPostgres;
import vn.cchc.portal.support.H2TestDatabase;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V11 on a database as the portal left it before (periods made on issue, from the start of the year):
 * issued plans keep the period rows their reports point at, lose the periods before their issue date, and drafts
 * get periods — on H2 and on PostgreSQL.
 */
class ReportingPeriodMigrationTest {

    /** The last migration before issue 8 (V8–V10 are other parts of it, migrated with the rows below). */
    private static final String BEFORE = "7";

    @Test
    void onH2() {
        // one connection throughout: H2 2.4 checks constraints through the connection that created them (issue 8)
        SingleConnectionDataSource h2 = new SingleConnectionDataSource(H2TestDatabase.newUrl(), "sa", "", true);
        try {
            migratesThePlansOfBefore(h2);
        } finally {
            h2.destroy();
        }
    }

    @Test
    void onPostgres() {
        DriverManagerDataSource pg =
                new DriverManagerDataSource(EmbeddedPostgres.createDatabase(), EmbeddedPostgres.USER, "");
        migratesThePlansOfBefore(pg);
    }

    private void migratesThePlansOfBefore(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target(BEFORE)
                .load()
                .migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long remediation = plan(jdbc, "1908/KH-UBND", "CLOSED", "QUARTERLY", 2023, "2023-07-21", null, null);
        long[] quarters = new long[4];
        for (int q = 0; q < 4; q++) {
            LocalDate start = LocalDate.of(2023, 3 * q + 1, 1);
            quarters[q] = period(
                    jdbc,
                    remediation,
                    q + 1,
                    "QUARTER",
                    "Quý " + ReportingPeriods.QUARTERS[q] + "/2023",
                    start,
                    start.plusMonths(3).minusDays(1),
                    start.plusMonths(2).withDayOfMonth(20));
        }
        long assignment = assignment(jdbc, remediation);
        long filedUnderQ2 = update(jdbc, assignment, quarters[1]);
        long filedUnderQ3 = update(jdbc, assignment, quarters[2]);

        long commune = plan(jdbc, null, "ISSUED", "CAMPAIGN_10_DAYS", 2024, "2024-03-29", "2024-03-22", "2024-06-29");
        LocalDate campaignStart = LocalDate.of(2024, 3, 22);
        long firstRound = 0;
        for (int k = 1; k <= 10; k++) {
            LocalDate start = campaignStart.plusDays(10L * (k - 1));
            long id = period(
                    jdbc,
                    commune,
                    k,
                    k == 5 ? "INTERIM" : k == 10 ? "FINAL" : "REGULAR",
                    "Kỳ " + k,
                    start,
                    start.plusDays(9),
                    start.plusDays(9));
            firstRound = k == 1 ? id : firstRound;
        }
        long draft = plan(jdbc, null, "DRAFT", "QUARTERLY", 2026, null, null, null);
        long none = plan(jdbc, null, "DRAFT", "NONE", 2026, null, null, null);

        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();

        List<Map<String, Object>> rows = periods(jdbc, remediation);
        assertThat(rows).extracting(r -> r.get("label")).containsExactly("Quý III/2023", "Quý IV/2023");
        assertThat(rows).extracting(r -> ((Number) r.get("id")).longValue()).containsExactly(quarters[2], quarters[3]);
        assertThat(rows.getFirst().get("start_date").toString()).isEqualTo("2023-07-21");
        assertThat(rows.getFirst().get("seq")).isEqualTo(1);
        assertThat(periodOf(jdbc, filedUnderQ2)).isEqualTo(quarters[2]);
        assertThat(periodOf(jdbc, filedUnderQ3)).isEqualTo(quarters[2]);

        List<Map<String, Object>> rounds = periods(jdbc, commune);
        assertThat(rounds).hasSize(10);
        assertThat(((Number) rounds.getFirst().get("id")).longValue()).isEqualTo(firstRound);
        assertThat(rounds.getFirst().get("label")).isEqualTo("Kỳ 1 (29/03/2024 – 31/03/2024)");
        assertThat(rounds.get(4).get("label").toString()).startsWith("Sơ kết 50 ngày");

        assertThat(periods(jdbc, draft))
                .extracting(r -> r.get("label"))
                .containsExactly("Quý I/2026", "Quý II/2026", "Quý III/2026", "Quý IV/2026");
        assertThat(periods(jdbc, none)).isEmpty();
        Integer early = jdbc.queryForObject(
                "select count(*) from reporting_period r join plan p on p.id = r.plan_id "
                        + "where p.issue_date is not null and (r.end_date < p.issue_date or r.due_date < p.issue_date)",
                Integer.class);
        assertThat(early).isZero();
    }

    private static long plan(
            JdbcTemplate jdbc,
            String number,
            String status,
            String cadence,
            int year,
            String issued,
            String start,
            String end) {
        jdbc.update(
                "insert into plan (doc_number, issuing_unit_id, issue_date, kind, plan_year, title, start_date, "
                        + "end_date, status, reporting_cadence, search_key, created_by, created_at, updated_by, "
                        + "updated_at) values (?, (select id from org_unit where code = 'UBT'), ?, 'ANNUAL', ?, "
                        + "'Kế hoạch', ?, ?, ?, ?, 'ke hoach', 'system', current_timestamp, 'system', "
                        + "current_timestamp)",
                number,
                date(issued),
                year,
                date(start),
                date(end),
                status,
                cadence);
        return jdbc.queryForObject("select max(id) from plan", Long.class);
    }

    private static long period(
            JdbcTemplate jdbc,
            long planId,
            int seq,
            String kind,
            String label,
            LocalDate start,
            LocalDate end,
            LocalDate due) {
        jdbc.update(
                "insert into reporting_period (plan_id, seq, kind, label, start_date, end_date, due_date) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                planId,
                seq,
                kind,
                label,
                start,
                end,
                due);
        return jdbc.queryForObject("select max(id) from reporting_period", Long.class);
    }

    private static long assignment(JdbcTemplate jdbc, long planId) {
        jdbc.update("insert into plan_item (plan_id, sort_order, kind, title) values (?, 10, 'ITEM', 'Mục 1')", planId);
        long item = jdbc.queryForObject("select max(id) from plan_item", Long.class);
        jdbc.update(
                "insert into assignment (plan_id, item_id, unit_id, role, status, due_date, created_at, "
                        + "updated_at, updated_by) values (?, ?, (select id from org_unit where code = 'STP'), 'LEAD', "
                        + "'IN_PROGRESS', ?, current_timestamp, current_timestamp, 'system')",
                planId,
                item,
                LocalDate.of(2023, 12, 31));
        return jdbc.queryForObject("select max(id) from assignment", Long.class);
    }

    private static long update(JdbcTemplate jdbc, long assignmentId, long periodId) {
        jdbc.update(
                "insert into progress_update (assignment_id, period_id, state, percent_complete, created_by, "
                        + "created_at) values (?, ?, 'ACCEPTED', 50, 'giamdoc.stp', current_timestamp)",
                assignmentId,
                periodId);
        return jdbc.queryForObject("select max(id) from progress_update", Long.class);
    }

    private static long periodOf(JdbcTemplate jdbc, long updateId) {
        return jdbc.queryForObject("select period_id from progress_update where id = ?", Long.class, updateId);
    }

    private static List<Map<String, Object>> periods(JdbcTemplate jdbc, long planId) {
        return jdbc.queryForList(
                "select id, seq, label, start_date from reporting_period where plan_id = ? " + "order by seq", planId);
    }

    private static java.sql.Date date(String iso) {
        return iso == null ? null : java.sql.Date.valueOf(iso);
    }
}
