package vn.cchc.portal.audit;

import java.time.Instant;

/**
 * One audit row as a reader sees it, in their language: who (full name; {@code username} is the sign-in name), the
 * subject and what it belongs to by name, the action and field by label, old and new value as text (dates
 * dd/MM/yyyy, unit and user names, translated states). {@code action} and {@code field} keep the codes for
 * programs and tests.
 */
public record AuditRow(
        long id,
        Instant at,
        String username,
        String user,
        AuditSubjectType subjectType,
        String subjectTypeLabel,
        long subjectId,
        String subject,
        String parent,
        String action,
        String actionLabel,
        String field,
        String fieldLabel,
        String oldValue,
        String newValue) {}
