package vn.cchc.portal.plan;

/** What sort of plan a document is. */
public enum PlanKind {
    /** Kế hoạch CCHC năm. */
    ANNUAL,
    /** Kế hoạch khắc phục, nâng cao chỉ số (e.g. Plan 1908/KH-UBND 2023). */
    REMEDIATION,
    /** Đợt cao điểm, chiến dịch (e.g. the 100-day campaign of Plan 629/KH-UBND 2024). */
    CAMPAIGN,
    /** Giao chỉ tiêu. */
    TARGET_ASSIGNMENT;

    public String labelKey() {
        return "plan.kind." + name();
    }
}
