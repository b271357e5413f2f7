package vn.cchc.portal.audit;

/**
 * What an audit row is about. The audit log knows these kinds of subject by name only; the module that owns a kind
 * names its subjects through {@link AuditNames}.
 */
public enum AuditSubjectType {
    PLAN,
    PLAN_ITEM,
    ASSIGNMENT,
    PROGRESS_UPDATE,
    REVIEW,
    USER,
    ORG_UNIT,
    CRITERION,
    FRAMEWORK,
    INDICATOR,
    DOCUMENT,
    SETTINGS;

    /** Translation key of the kind's display name. */
    public String labelKey() {
        return "audit.subject." + name();
    }
}
