package vn.cchc.portal.security;

import org.springframework.stereotype.Component;
import vn.cchc.portal.audit.AuditNames;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.audit.AuditValue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Names users in the audit log: "Full name (sign-in name)" as a subject, the full name as the one who acted. */
@Component
class UserAuditNames implements AuditNames {

    private final UserRepository users;

    UserAuditNames(UserRepository users) {
        this.users = users;
    }

    @Override
    public Set<AuditSubjectType> types() {
        return Set.of(AuditSubjectType.USER);
    }

    @Override
    public Map<Long, AuditValue> names(AuditSubjectType type, Set<Long> ids) {
        Map<Long, AuditValue> names = new HashMap<>();
        users.namesById(ids).forEach(u -> names.put((Long) u[0], AuditValue.text(u[2] + " (" + u[1] + ")")));
        return names;
    }

    @Override
    public Map<String, String> userNames(Set<String> usernames) {
        Map<String, String> names = new HashMap<>();
        users.namesByUsername(usernames).forEach(u -> names.put((String) u[1], (String) u[2]));
        return names;
    }
}
