package vn.cchc.portal.report;

import org.springframework.stereotype.Component;
import vn.cchc.portal.audit.AuditNames;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.audit.AuditValue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Names archived documents in the audit log by their file name ("Báo cáo CCHC quý III năm 2023.pdf"). */
@Component
class ReportAuditNames implements AuditNames {

    private final GeneratedReportRepository reports;

    ReportAuditNames(GeneratedReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public Set<AuditSubjectType> types() {
        return Set.of(AuditSubjectType.DOCUMENT);
    }

    @Override
    public Map<Long, AuditValue> names(AuditSubjectType type, Set<Long> ids) {
        Map<Long, AuditValue> names = new HashMap<>();
        reports.findAllById(ids).forEach(r -> names.put(r.id, AuditValue.text(r.displayName)));
        return names;
    }
}
