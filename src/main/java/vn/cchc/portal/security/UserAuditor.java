package vn.cchc.portal.security;

import org.springframework.stereotype.Component;
import vn.cchc.portal.audit.AuditField;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.audit.AuditSubject;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.audit.AuditValue;
import vn.cchc.portal.shared.Role;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes user administration into the audit log: created, profile and unit changed, roles changed, enabled or
 * disabled, password reset (never the password), locked after failed sign-ins and unlocked, language chosen.
 */
@Component
class UserAuditor {

    private static final List<AuditField<Profile>> PROFILE = List.of(
            AuditField.of("fullName", p -> AuditValue.text(p.fullName())),
            AuditField.of("email", p -> AuditValue.text(p.email())),
            AuditField.of("unit", p -> AuditValue.ref(AuditSubjectType.ORG_UNIT, p.unitId())));

    private final AuditLog log;

    UserAuditor(AuditLog log) {
        this.log = log;
    }

    /** What an administrator can change about a user, before and after a change. */
    record Profile(String fullName, String email, Long unitId, Set<Role> roles, boolean enabled) {

        static Profile of(AppUser user) {
            return new Profile(
                    user.getFullName(), user.getEmail(), user.getOrgUnitId(), user.getRoles(), user.isEnabled());
        }
    }

    void created(AppUser user) {
        AuditSubject subject = subject(user);
        String action = "USER_CREATED";
        log.change(subject, action, "username", null, AuditValue.text(user.getUsername()));
        log.compare(subject, action, null, Profile.of(user), PROFILE);
        log.change(subject, action, "roles", null, roles(user.getRoles()));
        log.change(subject, action, "enabled", null, AuditValue.bool(user.isEnabled()));
    }

    /** Name, e-mail and unit as a profile change; roles and enabled as changes of their own. */
    void updated(AppUser user, Profile before) {
        AuditSubject subject = subject(user);
        Profile after = Profile.of(user);
        log.compare(subject, "USER_UPDATED", before, after, PROFILE);
        if (!before.fullName().equals(after.fullName())) {
            log.renamed(AuditSubjectType.USER, user.getId());
        }
        log.change(subject, "USER_ROLES_CHANGED", "roles", roles(before.roles()), roles(after.roles()));
        enabledChange(subject, before.enabled(), after.enabled());
    }

    void enabled(AppUser user, boolean before) {
        enabledChange(subject(user), before, user.isEnabled());
    }

    void carryOverReason(AppUser user, String reason) {
        log.change(subject(user), "CARRIED_OVER", "reason", null, AuditValue.text(reason));
    }

    void passwordReset(AppUser user) {
        log.record(subject(user), "USER_PASSWORD_RESET");
    }

    void unlocked(AppUser user, Instant lockedUntil) {
        log.change(subject(user), "USER_UNLOCKED", "lockedUntil", AuditValue.dateTime(lockedUntil), null);
    }

    void locked(AppUser user) {
        log.change(subject(user), "USER_LOCKED", "lockedUntil", null, AuditValue.dateTime(user.getLockedUntil()));
    }

    void languageChosen(AppUser user, String before) {
        log.change(
                subject(user),
                "USER_LANGUAGE_CHANGED",
                "language",
                language(before),
                language(user.getPreferredLocale()));
    }

    private void enabledChange(AuditSubject subject, boolean before, boolean after) {
        log.change(
                subject,
                after ? "USER_ENABLED" : "USER_DISABLED",
                "enabled",
                AuditValue.bool(before),
                AuditValue.bool(after));
    }

    private static AuditSubject subject(AppUser user) {
        return AuditSubject.of(AuditSubjectType.USER, user.getId())
                .within(AuditSubjectType.ORG_UNIT, user.getOrgUnitId());
    }

    private static AuditValue roles(Set<Role> roles) {
        return AuditValue.list(
                roles.stream().sorted().map(r -> AuditValue.label("role", r)).toList());
    }

    private static AuditValue language(String tag) {
        return tag == null
                ? null
                : AuditValue.label("lang", Locale.forLanguageTag(tag).getLanguage());
    }
}
