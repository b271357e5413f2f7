package vn.cchc.portal.settings;

import org.springframework.stereotype.Component;
import vn.cchc.portal.audit.AuditField;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.audit.AuditSubject;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.audit.AuditValue;

import java.util.List;

/** Writes changes of the settings into the audit log. */
@Component
class SettingsAuditor {

    static final String CHANGED = "SETTINGS_CHANGED";

    private static final List<AuditField<Settings>> FIELDS = List.of(
            AuditField.of("provinceName", s -> AuditValue.text(s.provinceName())),
            AuditField.of("appSubtitle", s -> AuditValue.text(s.appSubtitle())),
            AuditField.of("issuingUnit", s -> AuditValue.ref(AuditSubjectType.ORG_UNIT, s.issuingUnitId())));

    private final AuditLog log;

    SettingsAuditor(AuditLog log) {
        this.log = log;
    }

    void changed(Settings before, Settings after) {
        log.compare(AuditSubject.of(AuditSubjectType.SETTINGS, PortalSettings.ID), CHANGED, before, after, FIELDS);
    }
}
