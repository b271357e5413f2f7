package vn.cchc.portal.report;

import org.springframework.stereotype.Component;
import vn.cchc.portal.audit.AuditField;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.audit.AuditSubject;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.audit.AuditValue;

import java.util.List;
import java.util.function.Function;

/**
 * Writes documents into the audit log: every file generated and every archived file handed out again (for the
 * security log of exports), and every change of a unit's issuing data (as a change of the unit).
 */
@Component
class ReportAuditor {

    static final String GENERATED = "DOCUMENT_GENERATED";
    static final String DOWNLOADED = "DOCUMENT_DOWNLOADED";
    static final String ISSUER_UPDATED = "ISSUER_UPDATED";

    private static final List<AuditField<DocumentIssuer>> ISSUER_FIELDS = List.of(
            text("parentBody", i -> i.parentBody),
            text("issuingBody", i -> i.issuingBody),
            text("place", i -> i.place),
            text("symbol", i -> i.symbol),
            text("signerAuthority", i -> i.signerAuthority),
            text("signerTitle", i -> i.signerTitle),
            text("signerName", i -> i.signerName));

    private final AuditLog log;

    ReportAuditor(AuditLog log) {
        this.log = log;
    }

    void generated(GeneratedReport report) {
        log.change(subject(report), GENERATED, "sha256", null, AuditValue.text(report.sha256));
    }

    void downloaded(GeneratedReport report) {
        log.record(subject(report), DOWNLOADED);
    }

    /** The fields that differ between the stored issuing data before (null when new) and after. */
    void issuerChanged(long unitId, DocumentIssuer before, DocumentIssuer after) {
        log.compare(AuditSubject.of(AuditSubjectType.ORG_UNIT, unitId), ISSUER_UPDATED, before, after, ISSUER_FIELDS);
    }

    private static AuditSubject subject(GeneratedReport report) {
        return AuditSubject.of(AuditSubjectType.DOCUMENT, report.id).within(AuditSubjectType.PLAN, report.planId);
    }

    private static AuditField<DocumentIssuer> text(String name, Function<DocumentIssuer, String> value) {
        return AuditField.of(name, i -> i == null ? null : AuditValue.text(value.apply(i)));
    }
}
