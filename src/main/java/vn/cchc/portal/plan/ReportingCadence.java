package vn.cchc.portal.plan;

/** How often units report progress on a plan. */
public enum ReportingCadence {
    /** No periodic reports. */
    NONE,
    /** Quarterly: progress due by the 20th of the last month of each quarter (Plan 1908/KH-UBND). */
    QUARTERLY,
    /** Campaign: every 10 days from the start date, interim report at day 50, final at day 100 (Plan 629/KH-UBND). */
    CAMPAIGN_10_DAYS;

    public String labelKey() {
        return "plan.cadence." + name();
    }
}
