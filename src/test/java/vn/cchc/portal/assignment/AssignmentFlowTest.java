package vn.cchc.portal.assignment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.audit.AuditRow;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.plan.PlanItemService;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.support.MutableClock;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issuing a plan assigns work; units report with evidence; planners review; nothing is ever overwritten. */
@SpringBootTest
@vn.cchc.portal.support.RestructuredDemo
@Transactional
@WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
class AssignmentFlowTest {

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
    OverviewService overviews;

    @Autowired
    MutableClock clock;

    AssignmentFixtures fixtures;
    LocalDate today;
    LocalDate due;

    @BeforeEach
    void setUp() {
        fixtures = new AssignmentFixtures(plans, items, units, users);
        today = clock.today();
        due = today.plusMonths(2);
    }

    private AssignmentSummary stpTask(long planId) {
        fixtures.signInAs("giamdoc.stp");
        return assignments
                .myUnitTasks(new TaskFilter(planId, null, null, false, false, null))
                .getFirst();
    }

    static byte[] pdf() throws IOException {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument();
                var out = new ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void issuingAPlanAssignsTheLeadEachCoordinatingUnitAndEveryCommuneAndWard() {
        long planId = fixtures.issuedPlan("301/KH-UBND", today, due);

        List<AssignmentSummary> all = assignments.ofPlan(planId);

        assertThat(all).hasSize(2 + fixtures.communesAndWards(today));
        assertThat(all)
                .filteredOn(a -> a.role() == AssignmentRole.LEAD)
                .singleElement()
                .satisfies(a -> assertThat(a.unitName()).isEqualTo("Sở Tư pháp"));
        assertThat(all).extracting(AssignmentSummary::unitName).contains("Sở Nội vụ", "Phường Pleiku");
        assertThat(all).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(AssignmentStatus.NOT_STARTED);
            assertThat(a.dueDate()).isEqualTo(due);
        });
    }

    @Test
    void aUnitReportsWithEvidenceAndThePlannerReturnsThenAcceptsWithTheWholeHistoryKept() throws IOException {
        long planId = fixtures.issuedPlan("302/KH-UBND", today, due);
        AssignmentSummary task = stpTask(planId);

        fixtures.signInAs("canbo.stp");
        UpdateForm form = UpdateForm.of(assignments.get(task.id()));
        form.setPercent(60);
        form.setResult("Đã rà soát 60% văn bản.");
        DraftSaved first = progress.saveDraft(form);
        EvidenceView file =
                progress.attachFile(first.updateId(), "Báo cáo rà soát.pdf", new ByteArrayInputStream(pdf()));
        assertThat(file.fileType()).isEqualTo("PDF");
        assertThatThrownBy(() -> progress.submit(first.updateId())).isInstanceOf(AccessDeniedException.class);

        fixtures.signInAs("giamdoc.stp");
        progress.submit(first.updateId());
        fixtures.signInAs("chuyenvien.snv");
        assertThat(reviews.queue()).extracting(r -> r.update().id()).contains(first.updateId());
        reviews.returnUpdate(first.updateId(), "Bổ sung danh mục văn bản đã rà soát.");

        fixtures.signInAs("giamdoc.stp");
        UpdateForm again = UpdateForm.of(assignments.get(task.id()));
        assertThat(again.getUpdateId()).isNull();
        again.setCompleted(true);
        again.setResult("Đã rà soát 100% văn bản, kèm danh mục.");
        DraftSaved second = progress.saveDraft(again);
        progress.submit(second.updateId());
        fixtures.signInAs("chuyenvien.snv");
        reviews.accept(second.updateId());

        AssignmentDetail detail = assignments.get(task.id());
        assertThat(detail.summary().status()).isEqualTo(AssignmentStatus.DONE_ON_TIME);
        assertThat(detail.summary().percent()).isEqualTo(100);
        assertThat(detail.updates())
                .extracting(UpdateView::state)
                .containsExactly(UpdateState.RETURNED, UpdateState.ACCEPTED);
        assertThat(detail.updates().getFirst().reviewComment()).isEqualTo("Bổ sung danh mục văn bản đã rà soát.");
        assertThat(detail.updates().getFirst().evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.fileName()).isEqualTo("Báo cáo rà soát.pdf"));
        assertThat(assignments.history(task.id(), Locale.of("vi")))
                .extracting(AuditRow::action)
                .containsSubsequence("SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED");
    }

    @Test
    void aResultPastedOnThreeLinesIsStoredAndReadBackOnThreeLines() {
        long planId = fixtures.issuedPlan("309/KH-UBND", today, due);
        AssignmentSummary task = stpTask(planId);

        UpdateForm form = UpdateForm.of(assignments.get(task.id()));
        form.setPercent(30);
        form.setResult("1. Đã rà soát 120 văn bản;\r\n2.   Đã đề nghị sửa đổi 4 văn bản;  \n3. Đang lập danh mục.");
        form.setDifficulties("Thiếu nhân lực.\nThiếu kinh phí.");
        long updateId = progress.saveDraft(form).updateId();

        AssignmentDetail detail = assignments.get(task.id());
        UpdateForm reread = UpdateForm.of(detail);
        assertThat(reread.getUpdateId()).isEqualTo(updateId);
        assertThat(reread.getResult().split("\n"))
                .containsExactly(
                        "1. Đã rà soát 120 văn bản;", "2. Đã đề nghị sửa đổi 4 văn bản;", "3. Đang lập danh mục.");
        assertThat(reread.getDifficulties()).isEqualTo("Thiếu nhân lực.\nThiếu kinh phí.");
    }

    @Test
    void theOverviewShowsCompletionByUnitAndWhoHasNotReportedThisPeriod() {
        long planId = fixtures.issuedPlan("307/KH-UBND", today.minusMonths(1), due);
        AssignmentSummary task = stpTask(planId);
        UpdateForm form = UpdateForm.of(assignments.get(task.id()));
        form.setCompleted(true);
        form.setResult("Hoàn thành");
        long updateId = progress.saveDraft(form).updateId();
        progress.submit(updateId);
        fixtures.signInAs("chuyenvien.snv");
        reviews.accept(updateId);

        Overview overview = overviews.of(planId);

        int units = 2 + fixtures.communesAndWards(today.minusMonths(1));
        assertThat(overview.byUnit()).hasSize(units);
        assertThat(overview.byUnit())
                .filteredOn(u -> u.unitName().equals("Sở Tư pháp"))
                .singleElement()
                .satisfies(u -> {
                    assertThat(u.done()).isEqualTo(1);
                    assertThat(u.averagePercent()).isEqualTo(100.0);
                });
        assertThat(overview.byArea()).singleElement().satisfies(a -> {
            assertThat(a.total()).isEqualTo(units);
            assertThat(a.done()).isEqualTo(1);
        });
        assertThat(overview.currentPeriod()).isNotNull();
        assertThat(overview.notReported())
                .hasSize(units - 1)
                .extracting(Overview.UnitRef::unitName)
                .contains("Sở Nội vụ", "Phường Pleiku")
                .doesNotContain("Sở Tư pháp");
        fixtures.signInAs("giamdoc.stp");
        assertThatThrownBy(() -> overviews.of(planId)).isInstanceOf(AccessDeniedException.class);
        long period = overview.currentPeriod().id();
        assertThat(assignments.myUnitTasks(new TaskFilter(planId, period, null, false, false, null)))
                .as("Sở Tư pháp has reported for the period, nothing is left to report")
                .isEmpty();
        fixtures.signInAs("chuyenvien.snv");
        assertThat(assignments.ofUnitInPlan(planId, fixtures.unit("STP")))
                .singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(AssignmentStatus.DONE_ON_TIME));
    }

    @Test
    void anotherUnitsAssignmentIsRefused() {
        long planId = fixtures.issuedPlan("303/KH-UBND", today, due);
        AssignmentSummary task = stpTask(planId);

        fixtures.signInAs("chutich.iator");
        assertThatThrownBy(() -> assignments.get(task.id())).isInstanceOf(AccessDeniedException.class);
        UpdateForm form = new UpdateForm();
        form.setAssignmentId(task.id());
        form.setAssignmentVersion(task.version());
        form.setResult("Báo cáo giả mạo");
        assertThatThrownBy(() -> progress.saveDraft(form)).isInstanceOf(AccessDeniedException.class);
        fixtures.signInAs("chutich.chuprong");
        assertThat(assignments.myUnitTasks(TaskFilter.all()))
                .extracting(AssignmentSummary::id)
                .doesNotContain(task.id());
    }

    @Test
    void aConcurrentUpdateIsAConflictNotALostUpdate() {
        long planId = fixtures.issuedPlan("304/KH-UBND", today, due);
        AssignmentSummary task = stpTask(planId);
        AssignmentDetail read = assignments.get(task.id());
        UpdateForm head = UpdateForm.of(read);
        UpdateForm staff = UpdateForm.of(read);

        head.setPercent(30);
        head.setResult("Bản của lãnh đạo");
        progress.saveDraft(head);
        fixtures.signInAs("canbo.stp");
        staff.setPercent(50);
        staff.setResult("Bản của cán bộ");

        assertThatThrownBy(() -> progress.saveDraft(staff))
                .isInstanceOf(BusinessException.class)
                .hasMessage(BusinessException.of(ProgressService.CONFLICT).getMessage());
        assertThat(assignments.get(task.id()).openDraft())
                .get()
                .satisfies(d -> assertThat(d.result()).isEqualTo("Bản của lãnh đạo"));
    }

    @Test
    void aRenamedExecutableUploadedAsPdfIsRejectedAndNothingIsAttached() {
        long planId = fixtures.issuedPlan("305/KH-UBND", today, due);
        AssignmentSummary task = stpTask(planId);
        UpdateForm form = UpdateForm.of(assignments.get(task.id()));
        form.setResult("Kèm minh chứng");
        long updateId = progress.saveDraft(form).updateId();
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';

        assertThatThrownBy(() -> progress.attachFile(updateId, "baocao.pdf", new ByteArrayInputStream(exe)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("baocao.pdf");
        assertThat(assignments.get(task.id()).openDraft())
                .get()
                .satisfies(d -> assertThat(d.evidence()).isEmpty());
    }

    @Test
    void aSubmissionAfterTheDueDateIsRecordedAsLate() {
        long planId = fixtures.issuedPlan("306/KH-UBND", today.minusMonths(3), today.minusDays(2));
        AssignmentSummary task = stpTask(planId);
        assertThat(task.status()).isEqualTo(AssignmentStatus.OVERDUE);
        UpdateForm form = UpdateForm.of(assignments.get(task.id()));
        form.setCompleted(true);
        form.setResult("Hoàn thành muộn");
        long updateId = progress.saveDraft(form).updateId();
        progress.submit(updateId);
        fixtures.signInAs("chuyenvien.snv");
        reviews.accept(updateId);

        AssignmentDetail detail = assignments.get(task.id());
        assertThat(detail.updates().getLast().late()).isTrue();
        assertThat(detail.summary().status()).isEqualTo(AssignmentStatus.DONE_LATE);
    }
}
