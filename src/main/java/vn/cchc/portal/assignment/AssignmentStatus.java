package vn.cchc.portal.assignment;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a unit stands with one task. Work starts with the first submitted report, is marked overdue when its due
 * date passes unfinished, and is done (on time or late) when a planner accepts a report that says it is complete.
 * Done is final. Every change of status goes through {@link Transitions#moveTo}.
 */
public enum AssignmentStatus implements Transitions<AssignmentStatus> {
    NOT_STARTED, IN_PROGRESS, DONE_ON_TIME, DONE_LATE, OVERDUE;

    public boolean isDone() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }

    public String labelKey() {
        return "assignment.status." + name();
    }

    @Override
    public Set<AssignmentStatus> next() {
        return switch (this) {
            case NOT_STARTED -> EnumSet.of(IN_PROGRESS, OVERDUE);
            case IN_PROGRESS -> EnumSet.of(OVERDUE, DONE_ON_TIME, DONE_LATE);
            case OVERDUE -> EnumSet.of(DONE_ON_TIME, DONE_LATE);
            case DONE_ON_TIME, DONE_LATE -> EnumSet.noneOf(AssignmentStatus.class);
        };
    }

    @Override
    public String refusal(AssignmentStatus target) {
        if (isDone()) {
            return "Nhiệm vụ này đã hoàn thành nên không đổi trạng thái được nữa.";
        }
        return switch (target) {
            case NOT_STARTED -> "Nhiệm vụ đã có báo cáo nên không trở lại trạng thái chưa thực hiện.";
            case IN_PROGRESS -> this == OVERDUE ? "Nhiệm vụ đã quá hạn; chỉ còn có thể chuyển sang hoàn thành."
                    : "Nhiệm vụ này đã đang thực hiện.";
            case OVERDUE -> "Nhiệm vụ này đã được đánh dấu quá hạn.";
            case DONE_ON_TIME, DONE_LATE -> "Nhiệm vụ chưa có báo cáo nào được gửi nên chưa thể hoàn thành.";
        };
    }
}
