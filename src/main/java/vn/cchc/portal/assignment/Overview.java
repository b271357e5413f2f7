package vn.cchc.portal.assignment;

import vn.cchc.portal.plan.PeriodView;

import java.util.List;

/** Progress of a plan: by area, by unit, the overdue work and who has not reported this period. */
public record Overview(
        long planId,
        List<AreaProgress> byArea,
        List<UnitProgress> byUnit,
        List<AssignmentSummary> overdue,
        PeriodView currentPeriod,
        List<UnitRef> notReported) {

    /** Completion of one area (lĩnh vực) of the plan; the label is null for tasks outside any area. */
    public record AreaProgress(
            String label, long total, long done, double averagePercent, long overdue, List<AssignmentSummary> tasks) {

        /** Share of the tasks done, 0–100. */
        public double donePercent() {
            return total == 0 ? 0 : 100.0 * done / total;
        }
    }

    /** Completion of one unit's assignments. */
    public record UnitProgress(
            long unitId, String unitName, long total, long done, long overdue, double averagePercent) {}

    /** A unit, for lists. */
    public record UnitRef(long unitId, String unitName) {}
}
