package vn.cchc.portal.plan;

/** Lifecycle of a plan: drafts are editable; issued plans are read-only and change only through an amendment. */
public enum PlanStatus {
    DRAFT,
    ISSUED,
    CLOSED,
    SUPERSEDED;

    public String labelKey() {
        return "plan.status." + name();
    }
}
