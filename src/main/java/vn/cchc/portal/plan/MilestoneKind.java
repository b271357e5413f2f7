package vn.cchc.portal.plan;

/** Dated points a plan prints: start and end, and when the interim and final reports are due. */
public enum MilestoneKind {
    START,
    END,
    INTERIM_REPORT_DUE,
    FINAL_REPORT_DUE
}
