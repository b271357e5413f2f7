package vn.cchc.portal.report;

/** The kinds of documents the portal generates and archives. */
public enum DocumentKind {
    /** Danh sách cơ quan, đơn vị. */
    ORG_UNITS,
    /** Kế hoạch: the plan document with its appendix. */
    PLAN,
    /** Báo cáo định kỳ công tác CCHC (quý, 6 tháng, năm). */
    PERIODIC,
    /** Báo cáo kết quả chiến dịch (10 ngày, sơ kết 50 ngày, tổng kết 100 ngày). */
    CAMPAIGN,
    /** Báo cáo tiến độ của một đơn vị. */
    UNIT_PROGRESS;

    public String labelKey() {
        return "reports.kind." + name();
    }
}
