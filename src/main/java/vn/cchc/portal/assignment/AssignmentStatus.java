package vn.cchc.portal.assignment;

import vn.cchc.portal.shared.BusinessException;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a unit stands with one task. Work starts with the first submitted report, is marked overdue when its due
 * date passes unfinished, and is done (on time or late) when a planner accepts a report that says it is complete.
 * Done is final. Every change of status goes through {@link Transitions#moveTo}.
 */
public enum AssignmentStatus implements Transitions<AssignmentStatus> {
    NOT_STARTED,
    IN_PROGRESS,
    DONE_ON_TIME,
    DONE_LATE,
    OVERDUE;

    public boolean isDone() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }

    public String labelKey() {
        return "assignment.status." + name();
    }

    @Override
    public Set<AssignmentStatus> next() {
        return switch (this) {
            case NOT_STARTED -> EnumSet.of(IN_PROGRESS, OVERDUE);
            case IN_PROGRESS -> EnumSet.of(OVERDUE, DONE_ON_TIME, DONE_LATE);
            case OVERDUE -> EnumSet.of(DONE_ON_TIME, DONE_LATE);
            case DONE_ON_TIME, DONE_LATE -> EnumSet.noneOf(AssignmentStatus.class);
        };
    }

    @Override
    public BusinessException refusal(AssignmentStatus target) {
        if (isDone()) {
            return BusinessException.of("error.task.done");
        }
        return BusinessException.of(
                switch (target) {
                    case NOT_STARTED -> "error.task.hasReports";
                    case IN_PROGRESS -> this == OVERDUE ? "error.task.overdueOnlyDone" : "error.task.alreadyInProgress";
                    case OVERDUE -> "error.task.alreadyOverdue";
                    case DONE_ON_TIME, DONE_LATE -> "error.task.noReportSent";
                });
    }
}
