package vn.cchc.portal.settings;

import org.springframework.stereotype.Component;
import vn.cchc.portal.audit.AuditNames;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.audit.AuditValue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Names the settings in the audit log ("Cài đặt hệ thống"), in the reader's language. */
@Component
class SettingsAuditNames implements AuditNames {

    @Override
    public Set<AuditSubjectType> types() {
        return Set.of(AuditSubjectType.SETTINGS);
    }

    @Override
    public Map<Long, AuditValue> names(AuditSubjectType type, Set<Long> ids) {
        Map<Long, AuditValue> names = new HashMap<>();
        ids.forEach(id -> names.put(id, AuditValue.label("settings", "title")));
        return names;
    }
}
