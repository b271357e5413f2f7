package vn.cchc.portal.assignment;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.portal.assignment.UpdateState.ACCEPTED;
import static vn.cchc.portal.assignment.UpdateState.DRAFT;
import static vn.cchc.portal.assignment.UpdateState.RETURNED;
import static vn.cchc.portal.assignment.UpdateState.SUBMITTED;

/** The states of a progress report: every move allowed, every other one refused with a message. */
class UpdateStateTest {

    private static void movesOnlyTo(UpdateState from, Set<UpdateState> allowed) {
        TransitionChecks.movesOnlyTo(from, allowed, "Báo cáo này");
    }

    @Test
    void aDraftIsSavedAgainOrSubmittedAndNeverReviewed() {
        movesOnlyTo(DRAFT, EnumSet.of(DRAFT, SUBMITTED));
    }

    @Test
    void aSubmittedReportIsAcceptedOrReturnedAndNeverEditedOrSentAgain() {
        movesOnlyTo(SUBMITTED, EnumSet.of(ACCEPTED, RETURNED));
    }

    @Test
    void aReturnedReportIsFinal() {
        movesOnlyTo(RETURNED, EnumSet.noneOf(UpdateState.class));
    }

    @Test
    void anAcceptedReportIsFinal() {
        movesOnlyTo(ACCEPTED, EnumSet.noneOf(UpdateState.class));
    }

    @Test
    void reviewingAReportSomeoneElseAlreadyReviewedSaysItIsNoLongerWaiting() {
        assertThatThrownBy(() -> ACCEPTED.moveTo(RETURNED))
                .hasMessage("Báo cáo này không còn chờ duyệt (đã được duyệt, có thể người khác vừa xử lý).");
        assertThatThrownBy(() -> RETURNED.moveTo(ACCEPTED))
                .hasMessage("Báo cáo này không còn chờ duyệt (đã bị trả lại, có thể người khác vừa xử lý).");
    }

    @Test
    void sendingOrEditingAReportAgainSaysItWasAlreadySent() {
        assertThatThrownBy(() -> SUBMITTED.moveTo(SUBMITTED)).hasMessage("Báo cáo này đã được gửi.");
        assertThatThrownBy(() -> RETURNED.moveTo(SUBMITTED)).hasMessageContaining("hãy lập báo cáo mới");
        assertThatThrownBy(() -> SUBMITTED.moveTo(DRAFT))
                .hasMessage("Báo cáo này đã gửi nên không sửa hay thêm minh chứng được; hãy lập báo cáo mới.");
    }

    @Test
    void reviewingADraftSaysItHasNotBeenSentYet() {
        assertThatThrownBy(() -> DRAFT.moveTo(ACCEPTED)).hasMessage("Báo cáo này chưa được gửi nên chưa duyệt được.");
    }
}
