package vn.cchc.portal.assignment;

import vn.cchc.portal.shared.BusinessException;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tries every target of a status: the allowed ones are reached, the others refused with a Vietnamese message. */
final class TransitionChecks {

    private TransitionChecks() {}

    static <S extends Enum<S> & Transitions<S>> void movesOnlyTo(S from, Set<S> allowed, String messageStart) {
        for (S target : from.getDeclaringClass().getEnumConstants()) {
            String move = from + " -> " + target;
            if (allowed.contains(target)) {
                assertThat(from.canMoveTo(target)).as(move).isTrue();
                assertThat(from.moveTo(target)).as(move).isEqualTo(target);
            } else {
                assertThat(from.canMoveTo(target)).as(move).isFalse();
                assertThatThrownBy(() -> from.moveTo(target))
                        .as(move)
                        .isInstanceOf(BusinessException.class)
                        .message()
                        .startsWith(messageStart);
            }
        }
    }
}
