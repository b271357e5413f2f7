package vn.cchc.portal.audit;

/** Someone who appears in the audit log: sign-in name and full name (for the user filter). */
public record AuditActor(String username, String name) {}
