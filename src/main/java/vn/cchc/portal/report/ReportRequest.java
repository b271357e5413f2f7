package vn.cchc.portal.report;

/**
 * A document someone asks for, as the "Báo cáo" view and the stable URLs name it.
 *
 * @param span   for periodic reports without a period: "q1-2026", "6t-2026", "nam-2026"
 * @param draft  print the "DỰ THẢO" mark (reports only; a plan is a draft while it is one)
 */
public record ReportRequest(
        DocumentKind kind, Long planId, Long periodId, Long issuerUnitId, String span, Long unitId, boolean draft) {

    public static ReportRequest orgUnits() {
        return new ReportRequest(DocumentKind.ORG_UNITS, null, null, null, null, null, false);
    }

    public static ReportRequest plan(long planId) {
        return new ReportRequest(DocumentKind.PLAN, planId, null, null, null, null, false);
    }

    /** The report of a plan's period: periodic for a quarterly plan, the campaign report for a campaign plan. */
    public static ReportRequest period(long planId, long periodId, boolean draft) {
        return new ReportRequest(DocumentKind.PERIODIC, planId, periodId, null, null, null, draft);
    }

    public static ReportRequest planSpan(long planId, String span, boolean draft) {
        return new ReportRequest(DocumentKind.PERIODIC, planId, null, null, span, null, draft);
    }

    public static ReportRequest issuerSpan(long issuerUnitId, String span, boolean draft) {
        return new ReportRequest(DocumentKind.PERIODIC, null, null, issuerUnitId, span, null, draft);
    }

    public static ReportRequest campaign(long planId, long periodId, boolean draft) {
        return new ReportRequest(DocumentKind.CAMPAIGN, planId, periodId, null, null, null, draft);
    }

    public static ReportRequest unit(long unitId, long planId, long periodId, boolean draft) {
        return new ReportRequest(DocumentKind.UNIT_PROGRESS, planId, periodId, null, null, unitId, draft);
    }

    /** The stable address of the document in a format. */
    public String url(ExportFormat format) {
        String ext = "." + format.extension();
        String suffix = draft ? "?draft=true" : "";
        return switch (kind) {
            case ORG_UNITS -> "/reports/org-units" + ext;
            case PLAN -> "/reports/plans/" + planId + ext;
            case PERIODIC, CAMPAIGN ->
                periodId != null
                        ? "/reports/plans/" + planId + "/periods/" + periodId + ext + suffix
                        : planId != null
                                ? "/reports/plans/" + planId + "/" + span + ext + suffix
                                : "/reports/issuers/" + issuerUnitId + "/" + span + ext + suffix;
            case UNIT_PROGRESS ->
                "/reports/units/" + unitId + "/plans/" + planId + "/periods/" + periodId + ext + suffix;
        };
    }
}
