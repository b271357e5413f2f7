package vn.cchc.portal.criterion;

import org.springframework.stereotype.Component;
import vn.cchc.portal.audit.AuditNames;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.audit.AuditValue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Names criteria ("TCTP 1.3.1 – title") and frameworks ("Chỉ số CCHC 2023 (PAR2023)") in the audit log. */
@Component
class CriterionAuditNames implements AuditNames {

    private final CriterionRepository criteria;
    private final CriteriaFrameworkRepository frameworks;

    CriterionAuditNames(CriterionRepository criteria, CriteriaFrameworkRepository frameworks) {
        this.criteria = criteria;
        this.frameworks = frameworks;
    }

    @Override
    public Set<AuditSubjectType> types() {
        return Set.of(AuditSubjectType.CRITERION, AuditSubjectType.FRAMEWORK);
    }

    @Override
    public Map<Long, AuditValue> names(AuditSubjectType type, Set<Long> ids) {
        Map<Long, AuditValue> names = new HashMap<>();
        if (type == AuditSubjectType.CRITERION) {
            criteria.findAllById(ids)
                    .forEach(c -> names.put(c.getId(), AuditValue.text(c.getCode() + " – " + c.getTitle())));
        } else {
            frameworks
                    .findAllById(ids)
                    .forEach(f -> names.put(f.getId(), AuditValue.text(f.getName() + " (" + f.getCode() + ")")));
        }
        return names;
    }
}
