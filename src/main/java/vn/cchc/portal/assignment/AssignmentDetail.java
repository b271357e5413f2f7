package vn.cchc.portal.assignment;

import vn.cchc.portal.plan.PeriodView;

import java.util.List;

/**
 * An assignment with the item's texts, its updates (the full history, never overwritten), the other units' parts
 * (shown to the lead unit), and what the caller may do.
 */
public record AssignmentDetail(AssignmentSummary summary, String tasks, String timeframe, String leadUnitName,
                               String consolidatedResult, List<UpdateView> updates, List<AssignmentSummary> parts,
                               List<PeriodView> periods, boolean canDraft, boolean canSubmit,
                               boolean canConsolidate) {

    /** The update still being written by the unit, if any. */
    public java.util.Optional<UpdateView> openDraft() {
        return updates.stream().filter(u -> u.state() == UpdateState.DRAFT).reduce((a, b) -> b);
    }
}
