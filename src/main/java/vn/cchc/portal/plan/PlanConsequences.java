package vn.cchc.portal.plan;

/**
 * What an irreversible step on a plan will do, told to the planner before confirming it. Provided by the module
 * that makes the tasks of issued plans; the plan module does not depend on it.
 */
public interface PlanConsequences {

    /**
     * What issuing a draft makes.
     *
     * @param tasks   tasks assigned (one per unit and item)
     * @param units   units given tasks
     * @param pastDue tasks whose due date has already passed (they will be overdue at once)
     */
    record Issue(int tasks, int units, int pastDue) {}

    /** The tasks issuing the plan would assign, were it issued now. */
    Issue ofIssue(long planId);

    /** The plan's tasks not done yet (closing or replacing the plan stops following them). */
    long openTasks(long planId);

    /** The units an issued plan gave tasks to. */
    java.util.Set<Long> unitsWithTasks(long planId);
}
