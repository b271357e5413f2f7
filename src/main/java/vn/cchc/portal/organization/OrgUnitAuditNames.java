package vn.cchc.portal.organization;

import org.springframework.stereotype.Component;
import vn.cchc.portal.audit.AuditNames;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.audit.AuditValue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Names units in the audit log by their full name. */
@Component
class OrgUnitAuditNames implements AuditNames {

    private final OrgUnitRepository units;

    OrgUnitAuditNames(OrgUnitRepository units) {
        this.units = units;
    }

    @Override
    public Set<AuditSubjectType> types() {
        return Set.of(AuditSubjectType.ORG_UNIT);
    }

    @Override
    public Map<Long, AuditValue> names(AuditSubjectType type, Set<Long> ids) {
        Map<Long, AuditValue> names = new HashMap<>();
        units.findAllById(ids).forEach(u -> names.put(u.getId(), AuditValue.text(u.getName())));
        return names;
    }
}
