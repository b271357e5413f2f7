package vn.cchc.portal.audit;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V10 on a database with the old plan and assignment histories: every row moves into the one log with its
 * subject, parent and value type, and reads as before (now with names and labels); the old tables are gone.
 * {@link AuditMigrationH2Test} and {@link AuditMigrationPostgresTest} run it on H2 and PostgreSQL.
 */
abstract class AuditMigrationContractTest {

    private static final Instant AT = Instant.parse("2025-03-04T02:00:00Z");

    private SingleConnectionDataSource dataSource;
    private JdbcTemplate jdbc;
    private long stp;
    private long snv;
    private long planId;
    private long itemId;
    private long assignmentId;

    /** URL, user and password of a new, empty database. */
    abstract String[] newDatabase();

    @BeforeEach
    void migrateToTheOldTablesAndWriteHistory() {
        String[] db = newDatabase();
        dataSource = new SingleConnectionDataSource(db[0], db[1], db[2], true);
        jdbc = new JdbcTemplate(dataSource);
        flyway(lastBeforeAuditLog()).migrate();
        stp = jdbc.queryForObject("select id from org_unit where code = 'STP'", Long.class);
        snv = jdbc.queryForObject("select id from org_unit where code = 'SNV'", Long.class);
        Timestamp at = Timestamp.from(AT);
        jdbc.update(
                "insert into plan (issuing_unit_id, kind, plan_year, title, status, search_key, created_by, "
                        + "created_at, updated_by, updated_at) values (?, 'ANNUAL', 2025, 'KH cũ', 'ISSUED', 'kh cu', 'x', ?, "
                        + "'x', ?)",
                snv,
                at,
                at);
        planId = jdbc.queryForObject("select max(id) from plan", Long.class);
        jdbc.update(
                "insert into plan_item (plan_id, sort_order, kind, item_number, title) values (?, 10, 'ITEM', '1', "
                        + "'Rà soát')",
                planId);
        itemId = jdbc.queryForObject("select max(id) from plan_item", Long.class);
        jdbc.update(
                "insert into assignment (plan_id, item_id, unit_id, role, status, due_date, created_at, updated_at, "
                        + "updated_by) values (?, ?, ?, 'LEAD', 'IN_PROGRESS', ?, ?, ?, 'x')",
                planId,
                itemId,
                stp,
                java.sql.Date.valueOf("2025-12-31"),
                at,
                at);
        assignmentId = jdbc.queryForObject("select max(id) from assignment", Long.class);
        String plan = "insert into plan_audit (plan_id, item_id, action, field, old_value, new_value, username, "
                + "changed_at) values (?, ?, ?, ?, ?, ?, 'chuyenvien.snv', ?)";
        jdbc.update(plan, planId, null, "PLAN_CREATED", null, null, null, at);
        jdbc.update(plan, planId, null, "PLAN_UPDATED", "issueDate", "2025-01-02", "2025-03-04", at);
        jdbc.update(plan, planId, null, "PLAN_UPDATED", "issuingUnitId", String.valueOf(snv), String.valueOf(stp), at);
        jdbc.update(plan, planId, null, "PLAN_ISSUED", "status", "DRAFT", "ISSUED", at);
        jdbc.update(
                plan,
                planId,
                itemId,
                "ITEM_UPDATED",
                "assignees",
                "unit:" + stp + ", group:ALL_DEPARTMENTS",
                "group:ALL_COMMUNE_COMMITTEES",
                at);
        jdbc.update(plan, planId, itemId, "ITEM_UPDATED", "kind", "GROUP", "ITEM", at);
        String task = "insert into assignment_audit (assignment_id, update_id, action, field, old_value, new_value, "
                + "username, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?)";
        jdbc.update(task, assignmentId, null, "ASSIGNED", "unit", null, "Sở Tư pháp (chủ trì)", "system", at);
        jdbc.update(task, assignmentId, 501L, "SUBMITTED", "state", "DRAFT", "SUBMITTED", "giamdoc.stp", at);
        jdbc.update(task, assignmentId, 501L, "SUBMITTED_LATE", "due", null, "2025-03-20", "giamdoc.stp", at);
        jdbc.update(task, assignmentId, 501L, "ACCEPTED", "percent", "40", "100", "chuyenvien.snv", at);
    }

    @AfterEach
    void closeConnection() {
        dataSource.destroy();
    }

    private Flyway flyway(String target) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target(target)
                .load();
    }

    /** The newest migration before V10, whichever others have added below it. */
    private String lastBeforeAuditLog() {
        MigrationVersion v10 = MigrationVersion.fromVersion("10");
        return Arrays.stream(flyway("latest").info().all())
                .map(MigrationInfo::getVersion)
                .filter(v -> v != null && v.compareTo(v10) < 0)
                .max(MigrationVersion::compareTo)
                .orElseThrow()
                .getVersion();
    }

    @Test
    void theOldHistoriesMoveIntoTheOneLogAndReadWithNamesDatesAndLabels() {
        flyway("10").migrate();

        List<AuditEntry> entries = jdbc.query("select * from audit_log order by id", (rs, i) -> {
            AuditEntry e = new AuditEntry();
            e.id = rs.getLong("id");
            e.subjectType = AuditSubjectType.valueOf(rs.getString("subject_type"));
            e.subjectId = rs.getLong("subject_id");
            e.parentType =
                    rs.getString("parent_type") == null ? null : AuditSubjectType.valueOf(rs.getString("parent_type"));
            e.parentId = rs.getObject("parent_id") == null ? null : rs.getLong("parent_id");
            e.action = rs.getString("action");
            e.field = rs.getString("field");
            e.valueType = rs.getString("value_type");
            e.oldValue = rs.getString("old_value");
            e.newValue = rs.getString("new_value");
            e.username = rs.getString("username");
            e.changedAt = rs.getTimestamp("changed_at").toInstant();
            return e;
        });
        assertThat(entries).hasSize(10).allSatisfy(e -> assertThat(e.changedAt).isEqualTo(AT));
        assertThat(entries)
                .extracting(e -> e.subjectType + ":" + e.action + ":" + e.parentType)
                .containsExactlyInAnyOrder(
                        "PLAN:PLAN_CREATED:null",
                        "PLAN:PLAN_UPDATED:null",
                        "PLAN:PLAN_UPDATED:null",
                        "PLAN:PLAN_ISSUED:null",
                        "PLAN_ITEM:ITEM_UPDATED:PLAN",
                        "PLAN_ITEM:ITEM_UPDATED:PLAN",
                        "ASSIGNMENT:ASSIGNED:PLAN",
                        "PROGRESS_UPDATE:SUBMITTED:ASSIGNMENT",
                        "PROGRESS_UPDATE:SUBMITTED_LATE:ASSIGNMENT",
                        "REVIEW:ACCEPTED:ASSIGNMENT");
        assertThat(entries)
                .filteredOn(e -> e.parentType == AuditSubjectType.PLAN)
                .extracting(e -> e.parentId)
                .containsOnly(planId);
        assertThat(entries)
                .filteredOn(e -> e.subjectType == AuditSubjectType.ASSIGNMENT)
                .extracting(e -> e.subjectId)
                .containsOnly(assignmentId);

        AuditLookup.Names names = new AuditLookup.Names(
                Map.of(
                        AuditSubjectType.ORG_UNIT,
                                Map.of(stp, AuditValue.text("Sở Tư pháp"), snv, AuditValue.text("Sở Nội vụ")),
                        AuditSubjectType.PLAN, Map.of(planId, AuditValue.text("KH cũ")),
                        AuditSubjectType.PLAN_ITEM, Map.of(itemId, AuditValue.text("1 – Rà soát"))),
                Map.of());
        Locale vi = Locale.of("vi", "VN");
        List<AuditRow> rows =
                entries.stream().map(e -> AuditRenderer.row(e, names, vi)).toList();
        assertThat(AuditRows.row(rows, "PLAN_UPDATED", "issueDate").newValue()).isEqualTo("04/03/2025");
        AuditRow issuer = AuditRows.row(rows, "PLAN_UPDATED", "issuingUnitId");
        assertThat(issuer.oldValue()).isEqualTo("Sở Nội vụ");
        assertThat(issuer.newValue()).isEqualTo("Sở Tư pháp");
        assertThat(AuditRows.row(rows, "PLAN_ISSUED", "status").newValue()).isEqualTo("Đã ban hành");
        AuditRow assignees = AuditRows.row(rows, "ITEM_UPDATED", "assignees");
        assertThat(assignees.oldValue()).isEqualTo("Sở Tư pháp, Các sở, ban, ngành tỉnh");
        assertThat(assignees.newValue()).isEqualTo("UBND cấp xã");
        assertThat(assignees.subject()).isEqualTo("1 – Rà soát");
        assertThat(assignees.parent()).isEqualTo("Kế hoạch: KH cũ");
        assertThat(AuditRows.row(rows, "ITEM_UPDATED", "kind").newValue()).isEqualTo("Nhiệm vụ");
        assertThat(AuditRows.row(rows, "ASSIGNED", "unit").newValue()).isEqualTo("Sở Tư pháp (chủ trì)");
        assertThat(AuditRows.row(rows, "ASSIGNED", "unit").user()).isEqualTo("Hệ thống");
        assertThat(AuditRows.row(rows, "SUBMITTED", "state").newValue()).isEqualTo("Đã gửi, chờ duyệt");
        assertThat(AuditRows.row(rows, "SUBMITTED_LATE", "due").newValue()).isEqualTo("20/03/2025");
        AuditRow percent = AuditRows.row(rows, "ACCEPTED", "percent");
        assertThat(percent.oldValue()).isEqualTo("40%");
        assertThat(percent.newValue()).isEqualTo("100%");
        assertThat(percent.subjectTypeLabel()).isEqualTo("Duyệt báo cáo");

        assertThat(jdbc.queryForObject(
                        "select count(*) from information_schema.tables "
                                + "where table_name in ('plan_audit', 'assignment_audit')",
                        Integer.class))
                .isZero();
    }
}
