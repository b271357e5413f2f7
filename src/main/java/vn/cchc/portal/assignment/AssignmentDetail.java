package vn.cchc.portal.assignment;

import java.util.List;

/**
 * An assignment with the item's texts, its updates (the full history, never overwritten), the other units' parts
 * (shown to the lead unit), its plan's reporting periods with the one a report written today is for, and what the
 * caller may do.
 */
public record AssignmentDetail(AssignmentSummary summary, String tasks, String timeframe, String leadUnitName,
                               String consolidatedResult, List<UpdateView> updates, List<AssignmentSummary> parts,
                               List<PeriodView> periods, Long currentPeriodId, boolean canDraft, boolean canSubmit,
                               boolean canConsolidate) {

    /** The update still being written by the unit, if any. */
    public java.util.Optional<UpdateView> openDraft() {
        return updates.stream().filter(u -> u.state() == UpdateState.DRAFT).reduce((a, b) -> b);
    }
}
