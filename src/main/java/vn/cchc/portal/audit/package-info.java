/**
 * One audit log of every write: modules record through {@link vn.cchc.portal.audit.AuditLog} and name their own
 * subjects ({@link vn.cchc.portal.audit.AuditNames}); the audit view and history tabs read it. Depends on no
 * feature.
 */
@ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"shared", "shared::ui"})
package vn.cchc.portal.audit;

import org.springframework.modulith.ApplicationModule;
