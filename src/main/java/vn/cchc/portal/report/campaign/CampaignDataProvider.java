package vn.cchc.portal.report.campaign;

import java.util.Optional;

/**
 * Supplies a campaign report with indicator targets and actual values per unit for one reporting period of a
 * campaign plan (a 10-day period, the day-50 interim or the day-100 final milestone).
 *
 * <p><b>Integration point (issue 10):</b> the indicator module provides the implementation (a Spring bean reading
 * baselines, targets per milestone and actuals per unit and period through its public service). Until it exists
 * no bean is present and the report states that the indicator data is not available.</p>
 */
public interface CampaignDataProvider {

    Optional<CampaignData> load(long planId, long periodId);
}
