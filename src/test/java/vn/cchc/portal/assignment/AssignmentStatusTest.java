package vn.cchc.portal.assignment;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.portal.assignment.AssignmentStatus.DONE_LATE;
import static vn.cchc.portal.assignment.AssignmentStatus.DONE_ON_TIME;
import static vn.cchc.portal.assignment.AssignmentStatus.IN_PROGRESS;
import static vn.cchc.portal.assignment.AssignmentStatus.NOT_STARTED;
import static vn.cchc.portal.assignment.AssignmentStatus.OVERDUE;

/** The statuses of a task: every move allowed, every other one refused with a message. */
class AssignmentStatusTest {

    private static void movesOnlyTo(AssignmentStatus from, Set<AssignmentStatus> allowed) {
        TransitionChecks.movesOnlyTo(from, allowed, "Nhiệm vụ");
    }

    @Test
    void aTaskNotStartedStartsWithItsFirstReportOrBecomesOverdue() {
        movesOnlyTo(NOT_STARTED, EnumSet.of(IN_PROGRESS, OVERDUE));
    }

    @Test
    void aTaskInProgressBecomesOverdueOrIsDoneOnTimeOrLate() {
        movesOnlyTo(IN_PROGRESS, EnumSet.of(OVERDUE, DONE_ON_TIME, DONE_LATE));
    }

    @Test
    void anOverdueTaskCanOnlyBeDone() {
        movesOnlyTo(OVERDUE, EnumSet.of(DONE_ON_TIME, DONE_LATE));
    }

    @Test
    void aTaskDoneOnTimeIsFinal() {
        movesOnlyTo(DONE_ON_TIME, EnumSet.noneOf(AssignmentStatus.class));
    }

    @Test
    void aTaskDoneLateIsFinal() {
        movesOnlyTo(DONE_LATE, EnumSet.noneOf(AssignmentStatus.class));
    }

    @Test
    void theRefusalsSayWhatStandsInTheWay() {
        assertThatThrownBy(() -> DONE_LATE.moveTo(OVERDUE))
                .hasMessage("Nhiệm vụ này đã hoàn thành nên không đổi trạng thái được nữa.");
        assertThatThrownBy(() -> OVERDUE.moveTo(OVERDUE)).hasMessage("Nhiệm vụ này đã được đánh dấu quá hạn.");
        assertThatThrownBy(() -> NOT_STARTED.moveTo(DONE_ON_TIME))
                .hasMessage("Nhiệm vụ chưa có báo cáo nào được gửi nên chưa thể hoàn thành.");
    }
}
