package vn.cchc.portal.assignment;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.plan.PlanItemService;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.support.MutableClock;
import vn.cchc.portal.support.Race;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two tabs, or two people, send a task's progress report for the same reporting period: one report is sent, the
 * other is told the period already has one and stays a draft; the database holds one sent report per task and period
 * (V22) even if the service's check were passed at the same moment.
 */
@SpringBootTest
class OneReportPerPeriodTest {

    private static final String PERIOD_SENT = "đã có báo cáo tiến độ được gửi cho kỳ báo cáo này";

    @Autowired
    PlanService plans;

    @Autowired
    PlanItemService items;

    @Autowired
    OrgUnitService units;

    @Autowired
    UserDetailsService dbUserDetailsService;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ProgressService progress;

    @Autowired
    ReviewService reviews;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private AssignmentFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AssignmentFixtures(plans, items, units, dbUserDetailsService);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** The Sở Tư pháp task of a new plan, and two drafts of its head for the plan's first reporting period. */
    private long[] twoDraftsOfOnePeriod(String number) {
        long planId = fixtures.issuedPlan(number, clock.today(), clock.today().plusMonths(2));
        fixtures.signInAs("giamdoc.stp");
        AssignmentSummary task = assignments
                .myUnitTasks(new TaskFilter(planId, null, null, false, false, null))
                .getFirst();
        AssignmentDetail detail = assignments.get(task.id());
        assertThat(detail.periods()).isNotEmpty();
        long periodId = detail.periods().getFirst().id();
        long first = draft(task.id(), periodId, "Báo cáo từ thẻ thứ nhất.");
        long second = draft(task.id(), periodId, "Báo cáo từ thẻ thứ hai.");
        return new long[] {task.id(), periodId, first, second};
    }

    private long draft(long assignmentId, long periodId, String result) {
        UpdateForm form = UpdateForm.of(assignments.get(assignmentId));
        form.setUpdateId(null);
        form.setPeriodId(periodId);
        form.setPercent(40);
        form.setResult(result);
        return progress.saveDraft(form).updateId();
    }

    private List<String> statesOf(long assignmentId, long periodId) {
        return jdbc.queryForList(
                "select state from progress_update where assignment_id = ? and period_id = ?" + " order by id",
                String.class,
                assignmentId,
                periodId);
    }

    @Test
    void aSecondReportForAPeriodAlreadySentIsRefusedWithAMessageAndStaysADraft() {
        long[] t = twoDraftsOfOnePeriod("13/KH-MOT-KY");
        progress.submit(t[2]);

        assertThatThrownBy(() -> progress.submit(t[3]))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining(PERIOD_SENT);

        assertThat(statesOf(t[0], t[1])).containsExactly("SUBMITTED", "DRAFT");
    }

    @Test
    void aReturnedReportFreesItsPeriodForTheCorrectedOne() {
        long[] t = twoDraftsOfOnePeriod("13/KH-TRA-LAI");
        progress.submit(t[2]);
        fixtures.signInAs("chuyenvien.snv");
        reviews.returnUpdate(t[2], "Bổ sung số liệu.");

        fixtures.signInAs("giamdoc.stp");
        progress.submit(t[3]);

        assertThat(statesOf(t[0], t[1])).containsExactly("RETURNED", "SUBMITTED");
    }

    @Test
    void twoSubmitsAtTheSameMomentSendOneReportAndTheOtherIsToldSo() throws Exception {
        long[] t = twoDraftsOfOnePeriod("13/KH-HAI-THE");
        SecurityContextHolder.clearContext();
        List<String> outcomes = Race.atOnce(
                () -> fixtures.signInAs("giamdoc.stp"), () -> progress.submit(t[2]), () -> progress.submit(t[3]));
        Race.assertOneWentThroughAndTheOthersWereTold(outcomes, PERIOD_SENT);
        assertThat(statesOf(t[0], t[1])).containsExactlyInAnyOrder("SUBMITTED", "DRAFT");
    }

    @Test
    void theDatabaseItselfRefusesASecondSentReportOfTheSamePeriod() {
        long[] t = twoDraftsOfOnePeriod("13/KH-RANG-BUOC");
        progress.submit(t[2]);

        assertThatThrownBy(() -> jdbc.update(
                        "update progress_update set state = 'SUBMITTED', submitted_period_id = ?" + " where id = ?",
                        t[1],
                        t[3]))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(statesOf(t[0], t[1])).containsExactly("SUBMITTED", "DRAFT");
    }
}
