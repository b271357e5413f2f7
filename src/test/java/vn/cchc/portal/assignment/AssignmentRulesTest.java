package vn.cchc.portal.assignment;

import org.junit.jupiter.api.Test;
import vn.cchc.portal.shared.BusinessException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules the task and its reports enforce themselves: drafting, submitting, reviewing, the overdue mark. */
class AssignmentRulesTest {

    static final LocalDate DUE = LocalDate.of(2026, 3, 31);
    static final LocalDate PERIOD_DUE = LocalDate.of(2026, 3, 20);

    private static Instant at(LocalDate day) {
        return day.atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
    }

    private static Assignment task() {
        Assignment a = new Assignment();
        a.id = 7L;
        a.role = AssignmentRole.LEAD;
        a.dueDate = DUE;
        return a;
    }

    private static ProgressUpdate draft(Assignment a, boolean completed, int percent, String result) {
        ProgressUpdate draft = a.newDraft("canbo.stp", at(DUE.minusDays(20)));
        a.writeDraft(
                draft,
                new DraftContent(null, completed, percent, result, null, null),
                "canbo.stp",
                at(DUE.minusDays(20)));
        return draft;
    }

    private static ProgressUpdate submitted(Assignment a, boolean completed, int percent, LocalDate on) {
        ProgressUpdate u = draft(a, completed, percent, "Đã rà soát văn bản.");
        a.submit(u, null, "giamdoc.stp", at(on));
        return u;
    }

    @Test
    void aCompleteDraftIsAtOneHundredPercent() {
        Assignment a = task();
        ProgressUpdate u = draft(a, true, 40, "Xong.");

        assertThat(u.state).isEqualTo(UpdateState.DRAFT);
        assertThat(u.percent).isEqualTo(100);
        assertThat(a.updatedBy).isEqualTo("canbo.stp");
    }

    @Test
    void aDraftOutsideZeroToOneHundredPercentIsRefused() {
        Assignment a = task();
        ProgressUpdate u = a.newDraft("canbo.stp", at(DUE));

        assertThatThrownBy(() -> a.writeDraft(u, new DraftContent(null, false, 101, null, null, null), "x", at(DUE)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Tỷ lệ hoàn thành phải từ 0 đến 100%.");
    }

    @Test
    void theFirstSubmittedReportStartsTheWork() {
        Assignment a = task();
        ProgressUpdate u = submitted(a, false, 30, DUE.minusDays(5));

        assertThat(u.state).isEqualTo(UpdateState.SUBMITTED);
        assertThat(u.submittedBy).isEqualTo("giamdoc.stp");
        assertThat(u.late).isFalse();
        assertThat(a.status).isEqualTo(AssignmentStatus.IN_PROGRESS);
    }

    @Test
    void aReportWithoutAResultIsNotSent() {
        Assignment a = task();
        ProgressUpdate u = draft(a, false, 10, null);

        assertThatThrownBy(() -> a.submit(u, null, "giamdoc.stp", at(DUE)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Vui lòng nhập kết quả thực hiện trước khi gửi.");
        assertThat(u.state).isEqualTo(UpdateState.DRAFT);
        assertThat(a.status).isEqualTo(AssignmentStatus.NOT_STARTED);
    }

    @Test
    void aReportSentAfterItsPeriodsDueDateIsLateAndOneSentOnItIsNot() {
        Assignment a = task();
        ProgressUpdate onTime = draft(a, false, 10, "Bắt đầu.");
        a.submit(onTime, PERIOD_DUE, "giamdoc.stp", at(PERIOD_DUE));
        ProgressUpdate late = draft(a, false, 20, "Tiếp tục.");
        a.submit(late, PERIOD_DUE, "giamdoc.stp", at(PERIOD_DUE.plusDays(1)));

        assertThat(onTime.late).isFalse();
        assertThat(late.late).isTrue();
    }

    @Test
    void aSentReportIsNeitherEditedNorSentAgainNorGivenEvidence() {
        Assignment a = task();
        ProgressUpdate u = submitted(a, false, 30, DUE.minusDays(5));

        assertThatThrownBy(() -> a.writeDraft(u, new DraftContent(null, false, 50, "Sửa.", null, null), "x", at(DUE)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("đã gửi nên không sửa");
        assertThatThrownBy(() -> a.submit(u, null, "giamdoc.stp", at(DUE)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Báo cáo này đã được gửi.");
        assertThatThrownBy(() -> Evidence.document(u, "12/QĐ-STP", DUE, "Sở Tư pháp", "x", at(DUE)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("thêm minh chứng");
    }

    @Test
    void aCompleteReportSubmittedByTheDueDateFinishesTheTaskOnTimeEvenWhenReviewedAfterTheOverdueMark() {
        Assignment a = task();
        ProgressUpdate u = submitted(a, true, 100, DUE);
        a.markOverdue(DUE.plusDays(1), "system", at(DUE.plusDays(1)));

        a.accept(u, DUE.plusDays(3), "chuyenvien.snv", at(DUE.plusDays(3)));

        assertThat(u.state).isEqualTo(UpdateState.ACCEPTED);
        assertThat(u.reviewedBy).isEqualTo("chuyenvien.snv");
        assertThat(a.status).isEqualTo(AssignmentStatus.DONE_ON_TIME);
        assertThat(a.completedOn).isEqualTo(DUE);
        assertThat(a.percent).isEqualTo(100);
    }

    @Test
    void aCompleteReportSubmittedAfterTheDueDateFinishesTheTaskLate() {
        Assignment a = task();
        ProgressUpdate u = submitted(a, true, 100, DUE.plusDays(2));

        a.accept(u, DUE.plusDays(2), "chuyenvien.snv", at(DUE.plusDays(2)));

        assertThat(a.status).isEqualTo(AssignmentStatus.DONE_LATE);
        assertThat(a.completedOn).isEqualTo(DUE.plusDays(2));
    }

    @Test
    void aPartialReportTakesItsPercentageAndLeavesATaskPastItsDueDateOverdue() {
        Assignment before = task();
        ProgressUpdate early = submitted(before, false, 40, DUE.minusDays(10));
        before.accept(early, DUE.minusDays(9), "chuyenvien.snv", at(DUE.minusDays(9)));
        Assignment after = task();
        ProgressUpdate late = submitted(after, false, 60, DUE.minusDays(1));
        after.accept(late, DUE.plusDays(1), "chuyenvien.snv", at(DUE.plusDays(1)));

        assertThat(before.status).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(before.percent).isEqualTo(40);
        assertThat(after.status).isEqualTo(AssignmentStatus.OVERDUE);
        assertThat(after.percent).isEqualTo(60);
        assertThat(after.completedOn).isNull();
    }

    @Test
    void aReportIsReviewedOnceOnly() {
        Assignment a = task();
        ProgressUpdate u = submitted(a, false, 30, DUE.minusDays(5));
        a.accept(u, DUE.minusDays(4), "chuyenvien.snv", at(DUE.minusDays(4)));

        assertThatThrownBy(() -> a.accept(u, DUE.minusDays(4), "khac.snv", at(DUE.minusDays(4))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("không còn chờ duyệt");
        assertThatThrownBy(() -> a.returnReport(u, "Bổ sung.", "khac.snv", at(DUE.minusDays(4))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("không còn chờ duyệt");
        assertThat(u.reviewedBy).isEqualTo("chuyenvien.snv");
    }

    @Test
    void aReturnNeedsAReasonAndLeavesTheTaskAsItWas() {
        Assignment a = task();
        ProgressUpdate u = submitted(a, false, 30, DUE.minusDays(5));

        assertThatThrownBy(() -> a.returnReport(u, "  ", "chuyenvien.snv", at(DUE)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Vui lòng ghi rõ lý do trả lại báo cáo.");
        assertThat(u.state).isEqualTo(UpdateState.SUBMITTED);

        a.returnReport(u, "Bổ sung danh mục.", "chuyenvien.snv", at(DUE));
        assertThat(u.state).isEqualTo(UpdateState.RETURNED);
        assertThat(u.reviewComment).isEqualTo("Bổ sung danh mục.");
        assertThat(a.status).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(a.percent).isZero();
    }

    @Test
    void aDoneTaskTakesNoNewReport() {
        Assignment a = task();
        ProgressUpdate u = submitted(a, true, 100, DUE.minusDays(1));
        ProgressUpdate second = draft(a, false, 100, "Bổ sung.");
        a.accept(u, DUE, "chuyenvien.snv", at(DUE));

        assertThat(a.acceptsReports()).isFalse();
        assertThatThrownBy(() -> a.newDraft("canbo.stp", at(DUE)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Nhiệm vụ này đã hoàn thành nên không nhận báo cáo mới.");
        assertThatThrownBy(() -> a.submit(second, null, "giamdoc.stp", at(DUE)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Nhiệm vụ này đã hoàn thành nên không nhận báo cáo mới.");
    }

    @Test
    void workIsMarkedOverdueOnlyAfterItsDueDateAndOnlyOnce() {
        Assignment a = task();

        assertThatThrownBy(() -> a.markOverdue(DUE, "system", at(DUE)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Nhiệm vụ chưa quá hạn (hạn 31/03/2026).");
        a.markOverdue(DUE.plusDays(1), "system", at(DUE.plusDays(1)));
        assertThat(a.status).isEqualTo(AssignmentStatus.OVERDUE);
        assertThat(a.updatedBy).isEqualTo("system");
        assertThatThrownBy(() -> a.markOverdue(DUE.plusDays(2), "system", at(DUE.plusDays(2))))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Nhiệm vụ này đã được đánh dấu quá hạn.");
    }

    @Test
    void doneWorkIsNeverMarkedOverdue() {
        Assignment a = task();
        ProgressUpdate u = submitted(a, true, 100, DUE.minusDays(1));
        a.accept(u, DUE, "chuyenvien.snv", at(DUE));

        assertThatThrownBy(() -> a.markOverdue(DUE.plusDays(1), "system", at(DUE.plusDays(1))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("đã hoàn thành");
    }

    @Test
    void aReportOfAnotherTaskIsRefused() {
        Assignment a = task();
        Assignment other = task();
        other.id = 8L;
        ProgressUpdate theirs = draft(other, false, 10, "Khác.");

        assertThatThrownBy(() -> a.submit(theirs, null, "giamdoc.stp", at(DUE)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Báo cáo này không thuộc công việc đang mở.");
    }

    @Test
    void onlyTheLeadUnitWritesTheConsolidatedResult() {
        Assignment a = task();
        a.role = AssignmentRole.COORDINATING;

        assertThatThrownBy(() -> a.writeConsolidated("Tổng hợp.", "giamdoc.stp", at(DUE)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Chỉ cơ quan chủ trì tổng hợp kết quả của nhiệm vụ.");
    }

    @Test
    void evidenceIsAFileOrADocumentReference() {
        Assignment a = task();
        ProgressUpdate u = draft(a, false, 10, "Bắt đầu.");

        Evidence doc = Evidence.document(u, "12/QĐ-STP", DUE, "Sở Tư pháp", "canbo.stp", at(DUE));
        doc.id = 1L;

        assertThat(doc.kind).isEqualTo(EvidenceKind.DOCUMENT);
        assertThat(doc.view().isFile()).isFalse();
        assertThatThrownBy(() -> Evidence.document(u, "12/QĐ-STP", null, "Sở Tư pháp", "canbo.stp", at(DUE)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("cần đủ số, ký hiệu");
    }
}
