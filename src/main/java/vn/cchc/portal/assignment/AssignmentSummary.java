package vn.cchc.portal.assignment;

import java.time.LocalDate;

/**
 * One unit's part of one plan item, as lists show it.
 *
 * @param passOn the unit holds the task for the units below it and passes it on in its own plan
 */
public record AssignmentSummary(
        long id,
        long planId,
        String planNumber,
        String planTitle,
        long itemId,
        String itemNumber,
        String itemLabel,
        String goal,
        long unitId,
        String unitName,
        AssignmentRole role,
        AssignmentStatus status,
        int percent,
        LocalDate dueDate,
        LocalDate completedOn,
        UpdateState latestState,
        long version,
        boolean passOn) {

    public boolean isOverdue() {
        return status == AssignmentStatus.OVERDUE;
    }
}
