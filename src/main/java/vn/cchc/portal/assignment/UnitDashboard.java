package vn.cchc.portal.assignment;

import java.util.List;

/**
 * A unit's home page: its open tasks in the plans in force, what is due soon, overdue, returned, written but not
 * sent, waiting for review; for a district, how the units below it do.
 */
public record UnitDashboard(
        long open,
        List<AssignmentSummary> overdue,
        List<AssignmentSummary> dueSoon,
        List<AssignmentSummary> returned,
        List<AssignmentSummary> drafts,
        List<AssignmentSummary> waiting,
        List<UnitProgress> unitsBelow) {

    /** Days ahead that count as due soon. */
    public static final int DUE_SOON_DAYS = 14;
}
