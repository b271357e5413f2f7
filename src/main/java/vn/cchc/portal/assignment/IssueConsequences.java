package vn.cchc.portal.assignment;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.plan.PlanConsequences;
import vn.cchc.portal.plan.PlanService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Counts what issuing or closing a plan does, with the same rules that make the tasks ({@link AssignmentFactory}). */
@Service
@Transactional(readOnly = true)
class IssueConsequences implements PlanConsequences {

    private final AssignmentFactory factory;
    private final AssignmentRepository assignments;
    private final PlanService plans;
    private final Clock clock;

    IssueConsequences(AssignmentFactory factory, AssignmentRepository assignments, PlanService plans, Clock clock) {
        this.factory = factory;
        this.assignments = assignments;
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN','PLANNER','UNIT_HEAD')")
    public Issue ofIssue(long planId) {
        List<Assignment> tasks = factory.assignmentsOf(plans.get(planId));
        LocalDate today = LocalDate.now(clock);
        return new Issue(
                tasks.size(), (int) tasks.stream().map(a -> a.unitId).distinct().count(), (int)
                        tasks.stream().filter(a -> a.dueDate.isBefore(today)).count());
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN','PLANNER','UNIT_HEAD')")
    public long openTasks(long planId) {
        plans.get(planId);
        return assignments.findByPlanId(planId).stream()
                .filter(a -> !a.status.isDone())
                .count();
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public java.util.Set<Long> unitsWithTasks(long planId) {
        return assignments.findByPlanId(planId).stream()
                .map(a -> a.unitId)
                .collect(java.util.stream.Collectors.toSet());
    }
}
