package vn.cchc.portal.assignment;

import vn.cchc.portal.shared.BusinessException;

import java.util.Set;

/**
 * A status that knows which statuses may follow it: the one guard every change of {@link AssignmentStatus} and
 * {@link UpdateState} goes through.
 */
interface Transitions<S extends Enum<S> & Transitions<S>> {

    /** The statuses this one may move to. */
    Set<S> next();

    /** Why this status cannot move to the target, as a message for the user. */
    BusinessException refusal(S target);

    default boolean canMoveTo(S target) {
        return next().contains(target);
    }

    /** The target, or a {@link BusinessException} with the {@link #refusal}. */
    default S moveTo(S target) {
        if (!canMoveTo(target)) {
            throw refusal(target);
        }
        return target;
    }
}
