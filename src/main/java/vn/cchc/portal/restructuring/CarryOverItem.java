package vn.cchc.portal.restructuring;

import vn.cchc.portal.organization.WorkKind;

import java.time.LocalDate;
import java.util.List;

/**
 * One item of an ended unit's work as the decision list shows it.
 *
 * @param candidates the units that may take it: the successors of the ended unit, or every active unit when it
 *                   has none (a dissolved level)
 * @param note       why it waits for a decision (several successors, the successor already holds it), or null
 */
public record CarryOverItem(
        long id,
        WorkKind kind,
        long workId,
        String label,
        long fromUnitId,
        String fromUnit,
        LocalDate effective,
        CarryOverDecision decision,
        Long toUnitId,
        String toUnit,
        String note,
        List<Candidate> candidates,
        long version) {

    /** A unit the item may go to. */
    public record Candidate(long unitId, String label) {}
}
