package vn.cchc.portal.security;

import org.springframework.stereotype.Component;
import vn.cchc.portal.organization.CarriedWork;
import vn.cchc.portal.organization.WorkKind;

import java.time.LocalDate;
import java.util.List;

/**
 * Accounts of an ended unit: each is the administrator's decision, moved to a successor unit or disabled; the
 * account keeps its name, so what its holder did under the old unit stays theirs in the history.
 */
@Component
class UserCarryOver implements CarriedWork {

    private final UserService users;

    UserCarryOver(UserService users) {
        this.users = users;
    }

    @Override
    public WorkKind kind() {
        return WorkKind.USER;
    }

    @Override
    public List<Item> openOf(long unitId, LocalDate effective) {
        return users.enabledOf(unitId).stream()
                .map(u -> new Item(u.getId(), u.getFullName() + " (" + u.getUsername() + ")"))
                .toList();
    }

    @Override
    public void move(long itemId, long fromUnitId, long toUnitId, String reason) {
        users.carryOver(itemId, fromUnitId, toUnitId, reason);
    }

    @Override
    public void setAside(long itemId, long fromUnitId, String reason) {
        users.carryOver(itemId, fromUnitId, null, reason);
    }
}
