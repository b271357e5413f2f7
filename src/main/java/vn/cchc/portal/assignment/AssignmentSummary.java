package vn.cchc.portal.assignment;

import java.time.LocalDate;

/** One unit's part of one plan item, as lists show it. */
public record AssignmentSummary(long id, long planId, String planNumber, String planTitle, long itemId,
                                String itemNumber, String itemLabel, String goal, long unitId, String unitName,
                                AssignmentRole role, AssignmentStatus status, int percent, LocalDate dueDate,
                                LocalDate completedOn, UpdateState latestState, long version) {

    public boolean isOverdue() {
        return status == AssignmentStatus.OVERDUE;
    }
}
