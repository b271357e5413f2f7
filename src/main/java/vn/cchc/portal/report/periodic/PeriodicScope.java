package vn.cchc.portal.report.periodic;

/**
 * What a periodic report covers: one plan, or every plan an issuer issued in the span's year.
 *
 * @param planId       the plan, or null for the issuer's plans
 * @param issuerUnitId the issuer (for a plan: its issuing unit)
 */
public record PeriodicScope(Long planId, long issuerUnitId, ReportSpan span) {

    /** The key a draft is kept under: "plan:12:q1-2026", "issuer:5:nam-2026". */
    public String key() {
        return planId != null ? "plan:" + planId + ":" + span.code() : "issuer:" + issuerUnitId + ":" + span.code();
    }
}
