package vn.cchc.portal.shared;

import java.util.Locale;
import java.util.Set;

/** Who is calling: the signed-in user's identity, unit and roles. */
public record UserContext(long userId, String username, String fullName, long unitId, Set<Role> roles, Locale locale) {

    public UserContext {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True when the user holds at least one role that sees the whole province (not only their unit). */
    public boolean seesAllUnits() {
        return has(Role.ADMIN) || has(Role.PLANNER) || has(Role.LEADER);
    }
}
