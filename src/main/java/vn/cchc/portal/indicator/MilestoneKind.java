package vn.cchc.portal.indicator;

/** What a target milestone is. */
public enum MilestoneKind {
    /** Day N of a campaign (day 1 is the start date): day 50 and day 100 of Plan 629/KH-UBND. */
    CAMPAIGN_DAY,
    MONTH_END,
    QUARTER_END,
    YEAR_END
}
