package vn.cchc.portal.audit;

import java.time.LocalDate;

/**
 * Filters of the audit view; null means "any". Dates are days in Asia/Ho_Chi_Minh, both included; the text matches
 * every word anywhere in the row as shown (subject, user, values), with or without diacritics.
 */
public record AuditQuery(AuditSubjectType type, String username, LocalDate from, LocalDate to, String text) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }
}
