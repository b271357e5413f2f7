package vn.cchc.portal.assignment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.audit.AuditRow;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.plan.PlanItemService;
import vn.cchc.portal.plan.PlanService;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.portal.audit.AuditRows.assertReadable;
import static vn.cchc.portal.audit.AuditRows.find;
import static vn.cchc.portal.audit.AuditRows.row;

/** Tasks, progress reports and reviews appear in the audit view with readable old and new values. */
@SpringBootTest
@Transactional
@WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
class AssignmentAuditTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 1, 12);
    private static final LocalDate DUE = LocalDate.of(2026, 11, 30);

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
    AuditLog audit;

    AssignmentFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AssignmentFixtures(plans, items, units, users);
    }

    private AssignmentSummary stpTask(long planId) {
        fixtures.signInAs("giamdoc.stp");
        return assignments
                .myUnitTasks(new TaskFilter(planId, null, null, false, false, null))
                .getFirst();
    }

    /** The audit view's rows of one kind about one subject (or inside it). */
    private List<AuditRow> rows(AuditSubjectType type, long subjectId) {
        fixtures.signInAs("admin");
        List<AuditRow> rows = find(audit, type, "Sở Tư pháp").stream()
                .filter(r -> r.subjectId() == subjectId)
                .toList();
        assertReadable(rows);
        return rows;
    }

    private DraftSaved draft(AssignmentSummary task, int percent, String result) {
        UpdateForm form = UpdateForm.of(assignments.get(task.id()));
        form.setPercent(percent);
        form.setResult(result);
        return progress.saveDraft(form);
    }

    @Test
    void assigningATaskAndConsolidatingItsResultAreShownWithUnitRoleAndDueDate() {
        long planId = fixtures.issuedPlan("501/KH-NKTD", ISSUED, DUE);
        AssignmentSummary task = stpTask(planId);
        progress.writeConsolidated(
                task.id(), assignments.get(task.id()).summary().version(), "Toàn tỉnh đã rà soát 1.250 văn bản.");

        List<AuditRow> rows = rows(AuditSubjectType.ASSIGNMENT, task.id());
        AuditRow unit = row(rows, "ASSIGNED", "unit");
        assertThat(unit.actionLabel()).isEqualTo("Giao việc");
        assertThat(unit.fieldLabel()).isEqualTo("Cơ quan thực hiện");
        assertThat(unit.newValue()).isEqualTo("Sở Tư pháp");
        assertThat(row(rows, "ASSIGNED", "role").newValue()).isEqualTo("Chủ trì");
        assertThat(row(rows, "ASSIGNED", "dueDate").newValue()).isEqualTo("30/11/2026");
        assertThat(unit.subject()).isEqualTo("Sở Tư pháp – 1 – Rà soát văn bản quy phạm pháp luật");
        assertThat(unit.parent()).isEqualTo("Kế hoạch: 501/KH-NKTD – Kế hoạch thử giao việc 501/KH-NKTD");
        AuditRow consolidated = row(rows, "CONSOLIDATED", "consolidatedResult");
        assertThat(consolidated.newValue()).isEqualTo("Toàn tỉnh đã rà soát 1.250 văn bản.");
        assertThat(consolidated.user()).isEqualTo("Trần Văn Đức");
    }

    @Test
    void draftingAReportWithEvidenceAndSubmittingItAreShownFieldByField() throws Exception {
        long planId = fixtures.issuedPlan("502/KH-NKTD", ISSUED, DUE);
        AssignmentSummary task = stpTask(planId);
        DraftSaved first = draft(task, 40, "Đã rà soát 40% văn bản.");
        UpdateForm again = UpdateForm.of(assignments.get(task.id()));
        again.setUpdateId(first.updateId());
        again.setPercent(65);
        again.setResult("Đã rà soát 65% văn bản.");
        progress.saveDraft(again);
        progress.attachDocument(first.updateId(), "12/QĐ-STP", LocalDate.of(2026, 2, 3), "Sở Tư pháp");
        progress.attachFile(
                first.updateId(), "Danh mục rà soát.pdf", new ByteArrayInputStream(AssignmentFlowTest.pdf()));
        progress.submit(first.updateId());

        List<AuditRow> rows = rows(AuditSubjectType.PROGRESS_UPDATE, first.updateId());
        assertThat(row(rows, "DRAFT_CREATED", "percent").newValue()).isEqualTo("40%");
        assertThat(row(rows, "DRAFT_CREATED", "completed").newValue()).isEqualTo("Không");
        AuditRow percent = row(rows, "DRAFT_UPDATED", "percent");
        assertThat(percent.fieldLabel()).isEqualTo("Tỷ lệ hoàn thành");
        assertThat(percent.oldValue()).isEqualTo("40%");
        assertThat(percent.newValue()).isEqualTo("65%");
        assertThat(row(rows, "DRAFT_UPDATED", "result").oldValue()).isEqualTo("Đã rà soát 40% văn bản.");
        assertThat(row(rows, "EVIDENCE_DOCUMENT_ADDED", "document").newValue())
                .isEqualTo("12/QĐ-STP, 03/02/2026, Sở Tư pháp");
        assertThat(row(rows, "EVIDENCE_FILE_ADDED", "file").newValue()).matches("Danh mục rà soát\\.pdf, PDF, \\d+ B");
        AuditRow submitted = row(rows, "SUBMITTED", "state");
        assertThat(submitted.oldValue()).isEqualTo("Bản nháp");
        assertThat(submitted.newValue()).isEqualTo("Đã gửi, chờ duyệt");
        assertThat(submitted.parent())
                .isEqualTo("Nhiệm vụ được giao: Sở Tư pháp – 1 – Rà soát văn bản quy phạm pháp luật");
    }

    @Test
    void returningAndAcceptingReportsAreShownAsReviewsWithReasonStatesAndPercent() {
        long planId = fixtures.issuedPlan("503/KH-NKTD", ISSUED, DUE);
        AssignmentSummary task = stpTask(planId);
        DraftSaved first = draft(task, 30, "Đã rà soát một phần.");
        progress.submit(first.updateId());
        fixtures.signInAs("chuyenvien.snv");
        reviews.returnUpdate(first.updateId(), "Bổ sung danh mục văn bản.");
        fixtures.signInAs("giamdoc.stp");
        UpdateForm done = UpdateForm.of(assignments.get(task.id()));
        done.setCompleted(true);
        done.setResult("Đã rà soát toàn bộ văn bản, kèm danh mục.");
        DraftSaved second = progress.saveDraft(done);
        progress.submit(second.updateId());
        fixtures.signInAs("chuyenvien.snv");
        reviews.accept(second.updateId());

        AuditRow returned = row(rows(AuditSubjectType.REVIEW, first.updateId()), "RETURNED", "reviewComment");
        assertThat(returned.subjectTypeLabel()).isEqualTo("Duyệt báo cáo");
        assertThat(returned.fieldLabel()).isEqualTo("Lý do trả lại");
        assertThat(returned.newValue()).isEqualTo("Bổ sung danh mục văn bản.");
        assertThat(returned.user()).isEqualTo("Nguyễn Thị Hương");
        List<AuditRow> accepted = rows(AuditSubjectType.REVIEW, second.updateId());
        assertThat(row(accepted, "ACCEPTED", "state").newValue()).isEqualTo("Đã duyệt");
        AuditRow status = row(accepted, "ACCEPTED", "status");
        assertThat(status.fieldLabel()).isEqualTo("Tình trạng nhiệm vụ");
        assertThat(status.oldValue()).isEqualTo("Đang thực hiện");
        assertThat(status.newValue()).isIn("Hoàn thành đúng hạn", "Hoàn thành trễ hạn");
        AuditRow percent = row(accepted, "ACCEPTED", "percent");
        assertThat(percent.oldValue()).isEqualTo("0%");
        assertThat(percent.newValue()).isEqualTo("100%");

        fixtures.signInAs("giamdoc.stp");
        assertThat(assignments.history(task.id(), Locale.ENGLISH))
                .extracting(AuditRow::actionLabel)
                .containsSubsequence("Assigned", "Draft written", "Submitted", "Returned", "Submitted", "Accepted");
    }
}
