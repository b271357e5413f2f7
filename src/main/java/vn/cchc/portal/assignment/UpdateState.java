package vn.cchc.portal.assignment;

import vn.cchc.portal.shared.BusinessException;

import java.util.EnumSet;
import java.util.Set;

/**
 * A progress update is drafted by staff, submitted by the unit head, then accepted or returned by a planner.
 * Returned and accepted updates are final: the unit writes a new update. Saving a draft again is the one
 * transition from a state to itself. Every change of state goes through {@link Transitions#moveTo}.
 */
public enum UpdateState implements Transitions<UpdateState> {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED;

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
    public BusinessException refusal(UpdateState target) {
        return switch (target) {
            case DRAFT -> BusinessException.of("error.update.sent");
            case SUBMITTED ->
                this == SUBMITTED
                        ? BusinessException.of("error.update.alreadySent")
                        : BusinessException.of("error.update.handled", text());
            case ACCEPTED, RETURNED ->
                this == DRAFT
                        ? BusinessException.of("error.update.notSent")
                        : BusinessException.of("error.update.notWaiting", text());
        };
    }

    /** This state as words inside a message ("đã được duyệt"). */
    private BusinessException.Text text() {
        return new BusinessException.Text("error.update.state." + name());
    }
}
