package vn.cchc.portal.assignment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.plan.PlanConsequences;
import vn.cchc.portal.plan.PlanItemService;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.support.MutableClock;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A returned report is corrected, not retyped: the form starts from its text, the correction carries its evidence
 * and the reason is at hand; evidence comes off a draft before it is sent and the same file is not taken twice; the
 * unit's home page and the planner's confirmation of issuing say what is true.
 */
@SpringBootTest
@Transactional
@WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
class ReturnAndEvidenceTest {

    static final String REASON = "Bổ sung danh mục văn bản đã rà soát.";

    @Autowired
    PlanService plans;

    @Autowired
    PlanItemService items;

    @Autowired
    OrgUnitService units;

    @Autowired
    UserDetailsService users;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ProgressService progress;

    @Autowired
    ReviewService reviews;

    @Autowired
    DashboardService dashboards;

    @Autowired
    PlanConsequences consequences;

    @Autowired
    MutableClock clock;

    AssignmentFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new AssignmentFixtures(plans, items, units, users);
        today = clock.today();
    }

    private long stpTask(long planId) {
        fixtures.signInAs("giamdoc.stp");
        return assignments
                .myUnitTasks(new TaskFilter(planId, null, null, false, false, null))
                .getFirst()
                .id();
    }

    /** Sở Tư pháp's staff writes a report with a file and a document; its head sends it. */
    private long submittedWithEvidence(long task) throws IOException {
        fixtures.signInAs("canbo.stp");
        UpdateForm form = UpdateForm.of(assignments.get(task));
        form.setPercent(60);
        form.setResult("Đã rà soát 60% văn bản.");
        form.setDifficulties("Thiếu nhân lực.");
        form.setProposals("Bổ sung biên chế pháp chế.");
        long id = progress.saveDraft(form).updateId();
        progress.attachFile(id, "Báo cáo rà soát.pdf", new ByteArrayInputStream(AssignmentFlowTest.pdf()));
        progress.attachDocument(id, "15/BC-STP", today.minusDays(3), "Sở Tư pháp");
        fixtures.signInAs("giamdoc.stp");
        progress.submit(id);
        return id;
    }

    @Test
    void aReturnedReportReopensWithItsTextAndReasonAndTheCorrectionCarriesItsEvidence() throws IOException {
        long task = stpTask(fixtures.issuedPlan("701/KH-UBND", today, today.plusMonths(2)));
        long first = submittedWithEvidence(task);
        assertThat(assignments.get(task).lastSent()).hasValueSatisfying(u -> {
            assertThat(u.id()).isEqualTo(first);
            assertThat(u.state()).isEqualTo(UpdateState.SUBMITTED);
        });
        fixtures.signInAs("chuyenvien.snv");
        reviews.returnUpdate(first, REASON);

        fixtures.signInAs("giamdoc.stp");
        AssignmentDetail detail = assignments.get(task);
        assertThat(detail.returnedToCorrect())
                .hasValueSatisfying(r -> assertThat(r.reviewComment()).isEqualTo(REASON));
        UpdateForm form = UpdateForm.of(detail);
        assertThat(form.getUpdateId()).isNull();
        assertThat(form.getBasedOnUpdateId()).isEqualTo(first);
        assertThat(form.getPercent()).isEqualTo(60);
        assertThat(form.getResult()).isEqualTo("Đã rà soát 60% văn bản.");
        assertThat(form.getDifficulties()).isEqualTo("Thiếu nhân lực.");
        assertThat(form.getProposals()).isEqualTo("Bổ sung biên chế pháp chế.");
        assertThat(dashboards.unit().returned())
                .extracting(AssignmentSummary::id)
                .contains(task);

        form.setResult("Đã rà soát 100% văn bản, kèm danh mục.");
        long second = progress.saveDraft(form).updateId();

        assertThat(progress.draftEvidence(second))
                .hasSize(2)
                .satisfiesExactlyInAnyOrder(
                        e -> assertThat(e.fileName()).isEqualTo("Báo cáo rà soát.pdf"),
                        e -> assertThat(e.docNumber()).isEqualTo("15/BC-STP"));
        AssignmentDetail corrected = assignments.get(task);
        assertThat(corrected.returnedToCorrect()).isPresent();
        assertThat(corrected.openDraft())
                .hasValueSatisfying(d -> assertThat(d.id()).isEqualTo(second));
        assertThat(corrected.updates())
                .filteredOn(u -> u.id() == first)
                .singleElement()
                .satisfies(u -> assertThat(u.evidence()).hasSize(2));
        // the form opened again shows the draft now, not the returned report
        assertThat(UpdateForm.of(corrected).getUpdateId()).isEqualTo(second);
        assertThat(UpdateForm.of(corrected).getBasedOnUpdateId()).isNull();

        progress.submit(second);
        assertThat(assignments.get(task).returnedToCorrect()).isEmpty();
        assertThat(dashboards.unit().returned())
                .extracting(AssignmentSummary::id)
                .doesNotContain(task);
        assertThat(dashboards.unit().waiting())
                .extracting(AssignmentSummary::id)
                .contains(task);
    }

    @Test
    void aCorrectionCanOnlyStartFromAReturnedReportOfTheSameTask() throws IOException {
        long planId = fixtures.issuedPlan("702/KH-UBND", today, today.plusMonths(2));
        long task = stpTask(planId);
        long sent = submittedWithEvidence(task);

        UpdateForm form = UpdateForm.of(assignments.get(task));
        form.setBasedOnUpdateId(sent);
        form.setResult("Sửa lại báo cáo chưa bị trả lại.");

        assertThatThrownBy(() -> progress.saveDraft(form))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("bị trả lại");
    }

    @Test
    void theSameFileOrDocumentIsTakenOnceAndEvidenceComesOffADraftBeforeItIsSent() throws IOException {
        long task = stpTask(fixtures.issuedPlan("703/KH-UBND", today, today.plusMonths(2)));
        fixtures.signInAs("canbo.stp");
        UpdateForm form = UpdateForm.of(assignments.get(task));
        form.setResult("Đã rà soát 30% văn bản.");
        long draft = progress.saveDraft(form).updateId();
        byte[] pdf = AssignmentFlowTest.pdf();
        EvidenceView file = progress.attachFile(draft, "Báo cáo.pdf", new ByteArrayInputStream(pdf));
        EvidenceView doc = progress.attachDocument(draft, "16/BC-STP", today, "Sở Tư pháp");

        assertThatThrownBy(() -> progress.attachFile(draft, "Bản sao báo cáo.pdf", new ByteArrayInputStream(pdf)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("Bản sao báo cáo.pdf")
                .hasMessageContaining("trùng nội dung");
        assertThatThrownBy(() -> progress.attachDocument(draft, "16/BC-STP", today, "Sở Tư pháp"))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("16/BC-STP");
        assertThat(progress.draftEvidence(draft)).extracting(EvidenceView::id).containsExactly(file.id(), doc.id());

        progress.removeEvidence(file.id());
        assertThat(progress.draftEvidence(draft)).extracting(EvidenceView::id).containsExactly(doc.id());
        // taken off, the file may be added again
        progress.attachFile(draft, "Báo cáo.pdf", new ByteArrayInputStream(pdf));
        assertThat(progress.draftEvidence(draft)).hasSize(2);

        fixtures.signInAs("giamdoc.stp");
        progress.submit(draft);
        assertThatThrownBy(() -> progress.removeEvidence(doc.id())).isInstanceOf(BusinessException.class);
        assertThat(assignments.get(task).lastSent())
                .hasValueSatisfying(u -> assertThat(u.evidence()).hasSize(2));
    }

    @Test
    void beforeIssuingThePlannerIsToldHowManyTasksGoToHowManyUnitsAndWhichAreAlreadyPastDue() {
        long late = fixtures.draftPlan("704/KH-UBND", today, today.minusDays(1));
        long onTime = fixtures.draftPlan("705/KH-UBND", today, today.plusMonths(1));
        int assigned = assignments
                .ofPlan(fixtures.issuedPlan("706/KH-UBND", today, today.plusMonths(1)))
                .size();

        PlanConsequences.Issue issue = consequences.ofIssue(late);

        assertThat(issue.tasks()).isEqualTo(assigned).isGreaterThan(1);
        assertThat(issue.units()).isEqualTo(assigned);
        assertThat(issue.pastDue()).isEqualTo(assigned);
        assertThat(consequences.ofIssue(onTime).pastDue()).isZero();
        assertThat(assignments.ofPlan(late)).isEmpty();
    }
}
