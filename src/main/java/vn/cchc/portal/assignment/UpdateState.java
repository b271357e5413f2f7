package vn.cchc.portal.assignment;

import java.util.EnumSet;
import java.util.Set;

/**
 * A progress update is drafted by staff, submitted by the unit head, then accepted or returned by a planner.
 * Returned and accepted updates are final: the unit writes a new update. Saving a draft again is the one
 * transition from a state to itself. Every change of state goes through {@link Transitions#moveTo}.
 */
public enum UpdateState implements Transitions<UpdateState> {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    public String labelKey() {
        return "update.state." + name();
    }

    @Override
    public Set<UpdateState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(DRAFT, SUBMITTED);
            case SUBMITTED -> EnumSet.of(ACCEPTED, RETURNED);
            case RETURNED, ACCEPTED -> EnumSet.noneOf(UpdateState.class);
        };
    }

    @Override
    public String refusal(UpdateState target) {
        return switch (target) {
            case DRAFT -> "Báo cáo này đã gửi nên không sửa hay thêm minh chứng được; hãy lập báo cáo mới.";
            case SUBMITTED -> this == SUBMITTED ? "Báo cáo này đã được gửi."
                    : "Báo cáo này đã được xử lý (" + text() + ") nên không gửi lại được; hãy lập báo cáo mới.";
            case ACCEPTED, RETURNED -> this == DRAFT ? "Báo cáo này chưa được gửi nên chưa duyệt được."
                    : "Báo cáo này không còn chờ duyệt (" + text() + ", có thể người khác vừa xử lý).";
        };
    }

    private String text() {
        return switch (this) {
            case DRAFT -> "bản nháp";
            case SUBMITTED -> "đang chờ duyệt";
            case RETURNED -> "đã bị trả lại";
            case ACCEPTED -> "đã được duyệt";
        };
    }
}
