package vn.cchc.portal.indicator;

import org.springframework.stereotype.Component;
import vn.cchc.portal.audit.AuditNames;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.audit.AuditValue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Names indicators in the audit log by code and name ("766.3 – Tỷ lệ DVC trực tuyến"). */
@Component
class IndicatorAuditNames implements AuditNames {

    private final IndicatorRepository indicators;

    IndicatorAuditNames(IndicatorRepository indicators) {
        this.indicators = indicators;
    }

    @Override
    public Set<AuditSubjectType> types() {
        return Set.of(AuditSubjectType.INDICATOR);
    }

    @Override
    public Map<Long, AuditValue> names(AuditSubjectType type, Set<Long> ids) {
        Map<Long, AuditValue> names = new HashMap<>();
        indicators.findAllById(ids).forEach(i -> names.put(i.id, AuditValue.text(i.code + " – " + i.name)));
        return names;
    }
}
