package vn.cchc.portal.organization;

import java.util.Collection;
import java.util.Map;

/**
 * How units are doing with the work of the plans in force, for views of the organisation (a district head's
 * communes). Provided by the module that holds the work; the organisation module does not depend on it.
 */
public interface UnitWorkload {

    /** Work of one unit: tasks, done, overdue, average percent complete. */
    record Figures(long tasks, long done, long overdue, double averagePercent) {}

    /** The figures of those of the given units the caller may see that have work; others are left out. */
    Map<Long, Figures> of(Collection<Long> unitIds);
}
