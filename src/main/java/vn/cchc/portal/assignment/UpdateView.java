package vn.cchc.portal.assignment;

import vn.cchc.portal.plan.PeriodView;

import java.time.Instant;
import java.util.List;

/**
 * A progress update with its evidence, as the history shows it.
 *
 * @param periodLabel the Vietnamese name of its reporting period as stored; views show {@link #periodKey()}
 * @param period      its reporting period, or null
 * @param formerUnit  the unit the report was written under when its task has moved to a successor since, else null
 */
public record UpdateView(
        long id,
        String periodLabel,
        UpdateState state,
        boolean completed,
        int percent,
        String result,
        String difficulties,
        String proposals,
        String createdBy,
        Instant createdAt,
        String submittedBy,
        Instant submittedAt,
        boolean late,
        String reviewedBy,
        Instant reviewedAt,
        String reviewComment,
        List<EvidenceView> evidence,
        long version,
        PeriodView period,
        String formerUnit) {

    /** The message key of the period's name, for the reader's language; null without a period. */
    public String periodKey() {
        return period == null ? null : period.labelKey();
    }

    public List<String> periodArgs() {
        return period == null ? List.of() : period.labelArgs();
    }
}
