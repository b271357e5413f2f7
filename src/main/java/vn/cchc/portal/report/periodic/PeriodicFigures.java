package vn.cchc.portal.report.periodic;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures of a periodic report, as of a day: tasks (plan items) overall and by area, assignments by unit, and
 * the overdue tasks.
 */
public record PeriodicFigures(
        LocalDate asOf,
        Counts tasks,
        List<Line> byArea,
        List<Line> byUnit,
        List<String> overdueTasks,
        List<String> overdueUnits) {

    /** One row of a figures table. */
    public record Line(String label, Counts counts) {}
}
