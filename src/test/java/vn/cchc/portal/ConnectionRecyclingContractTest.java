package vn.cchc.portal;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.portal.assignment.AssignmentFixtures;
import vn.cchc.portal.assignment.AssignmentService;
import vn.cchc.portal.assignment.AssignmentSummary;
import vn.cchc.portal.assignment.DraftSaved;
import vn.cchc.portal.assignment.NotificationService;
import vn.cchc.portal.assignment.NotificationView;
import vn.cchc.portal.assignment.ProgressService;
import vn.cchc.portal.assignment.ReviewService;
import vn.cchc.portal.assignment.TaskFilter;
import vn.cchc.portal.assignment.UpdateForm;
import vn.cchc.portal.criterion.CriterionForm;
import vn.cchc.portal.criterion.CriterionService;
import vn.cchc.portal.criterion.CriterionSummary;
import vn.cchc.portal.criterion.FrameworkSummary;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.plan.PlanItemService;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.security.UserForm;
import vn.cchc.portal.security.UserService;
import vn.cchc.portal.security.UserSummary;
import vn.cchc.portal.shared.Role;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pool retires every connection sooner or later (Hikari's max-lifetime, 30 minutes by default), including the
 * ones Flyway migrated the schema through. Afterwards every kind of row must still be saved: H2 2.4.240 kept the
 * migrating session inside {@code IN (...)} CHECK constraints and refused every insert once that session was closed
 * ("Check constraint invalid ... The database has been closed"). Abstract: {@link ConnectionRecyclingH2Test} and
 * {@link ConnectionRecyclingPostgresTest} run it on a fresh database of each kind.
 */
@SpringBootTest
abstract class ConnectionRecyclingContractTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    UserDetailsService dbUserDetailsService;

    @Autowired
    PlanService plans;

    @Autowired
    PlanItemService items;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ProgressService progress;

    @Autowired
    ReviewService reviews;

    @Autowired
    NotificationService notifications;

    @Autowired
    UserService users;

    @Autowired
    CriterionService criteria;

    @Autowired
    OrgUnitService units;

    /** The query listing the ids of the database sessions that are open now. */
    abstract String openSessionsQuery();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyKindOfRowIsSavedAfterThePoolHasReplacedAllItsConnections() {
        recycleAllConnections();

        AssignmentFixtures fixtures = new AssignmentFixtures(plans, items, units, dbUserDetailsService);
        long planId = fixtures.issuedPlan("88/KH-UBND", LocalDate.of(2026, 1, 15), LocalDate.of(2026, 11, 30));
        assertThat(plans.get(planId).items()).hasSize(1);
        assertThat(assignments.ofPlan(planId)).hasSize(19);

        fixtures.signInAs("canbo.stp");
        AssignmentSummary task = assignments
                .myUnitTasks(new TaskFilter(planId, null, null, false, false, null))
                .getFirst();
        UpdateForm form = UpdateForm.of(assignments.get(task.id()));
        form.setPercent(40);
        form.setResult("Đã rà soát 40% văn bản.");
        DraftSaved draft = progress.saveDraft(form);
        assertThat(assignments.get(task.id()).openDraft())
                .hasValueSatisfying(d -> assertThat(d.result()).isEqualTo("Đã rà soát 40% văn bản."));

        fixtures.signInAs("giamdoc.stp");
        progress.submit(draft.updateId());
        fixtures.signInAs("chuyenvien.snv");
        reviews.returnUpdate(draft.updateId(), "Bổ sung danh mục văn bản.");
        fixtures.signInAs("canbo.stp");
        // the notice is written by a listener after the commit, on another thread: wait for it (about this task)
        await().pollInSameThread()
                .atMost(Duration.ofMinutes(2))
                .untilAsserted(() -> assertThat(notifications.mineAbout(task.id()))
                        .extracting(NotificationView::title)
                        .contains("Báo cáo tiến độ bị trả lại"));

        fixtures.signInAs("chuyenvien.snv");
        FrameworkSummary par = criteria.findFramework("PAR2023").orElseThrow();
        CriterionSummary area =
                criteria.add(par.id(), null, CriterionForm.of("IX", "Lĩnh vực thử sau khi thay kết nối"));
        assertThat(criteria.get(area.id()).title()).isEqualTo("Lĩnh vực thử sau khi thay kết nối");
        FrameworkSummary copy = criteria.copyFramework(
                criteria.findFramework("SVC766").orElseThrow().id(), 2027, "SVC766-2027", "Bộ chỉ số 766 năm 2027");
        assertThat(criteria.tree(copy.id(), false)).isNotEmpty();

        fixtures.signInAs("admin");
        UserSummary user = users.create(user(fixtures.unit("STP")));
        assertThat(users.list("thu.ketnoi")).extracting(UserSummary::id).containsExactly(user.id());
        OrgUnitSummary commune = units.find("Xã Ia Tôr").orElseThrow();
        units.end(
                commune.id(),
                LocalDate.of(2025, 6, 30),
                units.find("Thị trấn Chư Prông").orElseThrow().id());
        assertThat(units.get(commune.id()).validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    /**
     * Retires every connection of the pool the way max-lifetime does (soft eviction: idle ones now, busy ones when
     * returned) and waits until the database has seen each of those sessions closed.
     */
    private void recycleAllConnections() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Set<Object> before = Set.copyOf(jdbc.queryForList(openSessionsQuery(), Object.class));
        assertThat(before).isNotEmpty();
        ((HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
        await("every retired session closed")
                .atMost(Duration.ofMinutes(1))
                .untilAsserted(() -> assertThat(openOf(jdbc, before)).isEmpty());
    }

    private List<Object> openOf(JdbcTemplate jdbc, Set<Object> sessions) {
        return jdbc.queryForList(openSessionsQuery(), Object.class).stream()
                .filter(sessions::contains)
                .toList();
    }

    private static UserForm user(long unitId) {
        UserForm form = new UserForm();
        form.setUsername("thu.ketnoi");
        form.setFullName("Nguyễn Thị Kết Nối");
        form.setUnitId(unitId);
        form.setRoles(EnumSet.of(Role.UNIT_STAFF));
        form.setPassword("Hoa-Sen-2026");
        return form;
    }
}
