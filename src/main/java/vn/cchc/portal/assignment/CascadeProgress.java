package vn.cchc.portal.assignment;

import java.util.List;

/**
 * How the units below a unit are doing with a task it passed on (giao tiếp cho cấp xã): their parts in the unit's
 * own plan, rolled up. {@code subPlanNumber} is null while the unit has no plan in force that carries the task down.
 */
public record CascadeProgress(Long subPlanId, String subPlanNumber, List<AssignmentSummary> parts) {

    public CascadeProgress {
        parts = List.copyOf(parts);
    }

    public int units() {
        return parts.size();
    }

    public long done() {
        return parts.stream().filter(p -> p.status().isDone()).count();
    }

    public long overdue() {
        return parts.stream().filter(AssignmentSummary::isOverdue).count();
    }

    /** Average percent complete over the units, 0 when there are none. */
    public int averagePercent() {
        return parts.isEmpty()
                ? 0
                : (int) Math.round(parts.stream()
                        .mapToInt(AssignmentSummary::percent)
                        .average()
                        .orElse(0));
    }
}
