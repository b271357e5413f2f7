package vn.cchc.portal.assignment;

/** How one unit is doing with its tasks in the plans in force. */
public record UnitProgress(long unitId, String unitName, long tasks, long done, long overdue, double averagePercent) {}
