package vn.cchc.portal.assignment;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.plan.PeriodView;
import vn.cchc.portal.plan.PlanFilter;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanStatus;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.plan.ReportingPeriodService;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every morning, for plans in force: reminds units 7, 3 and 1 days before a due date (the task's own, or a
 * reporting period's when the unit has not reported for it yet); on the day a due date is missed marks the work
 * overdue, tells the unit and escalates to its head. It publishes events ({@link DeadlineApproaching},
 * {@link AssignmentOverdue}); their listeners tell people after the run has committed, each message once.
 */
@Service
public class DeadlineService {

    static final List<Long> REMIND_DAYS = List.of(7L, 3L, 1L);
    static final Set<AssignmentStatus> OPEN =
            EnumSet.of(AssignmentStatus.NOT_STARTED, AssignmentStatus.IN_PROGRESS, AssignmentStatus.OVERDUE);

    private final AssignmentRepository assignments;
    private final ReportingPeriodService periods;
    private final ProgressUpdateRepository updates;
    private final AssignmentViews views;
    private final AssignmentAuditor auditor;
    private final ApplicationEventPublisher events;
    private final PlanService plans;
    private final Clock clock;

    DeadlineService(
            AssignmentRepository assignments,
            ReportingPeriodService periods,
            ProgressUpdateRepository updates,
            AssignmentViews views,
            AssignmentAuditor auditor,
            ApplicationEventPublisher events,
            PlanService plans,
            Clock clock) {
        this.assignments = assignments;
        this.periods = periods;
        this.updates = updates;
        this.views = views;
        this.auditor = auditor;
        this.events = events;
        this.plans = plans;
        this.clock = clock;
    }

    /** The daily run for today as the portal's clock sees it; returns how many assignments it marked overdue. */
    @Transactional
    public int run() {
        LocalDate today = LocalDate.now(clock);
        Set<Long> inForce = plans.list(new PlanFilter(null, null, PlanStatus.ISSUED, null, null)).stream()
                .map(PlanSummary::id)
                .collect(Collectors.toSet());
        AssignmentViews.Lookup lookup = views.lookup();
        for (long daysLeft : REMIND_DAYS) {
            LocalDate due = today.plusDays(daysLeft);
            for (Assignment a : assignments.findByDueDateAndStatusIn(due, OPEN)) {
                if (inForce.contains(a.planId)) {
                    events.publishEvent(
                            new DeadlineApproaching(a.id, a.unitId, due, daysLeft, null, views.describe(a, lookup)));
                }
            }
        }
        int marked = 0;
        for (Assignment a : assignments.findByDueDateBeforeAndStatusIn(
                today, EnumSet.of(AssignmentStatus.NOT_STARTED, AssignmentStatus.IN_PROGRESS))) {
            if (!inForce.contains(a.planId)) {
                continue;
            }
            AssignmentStatus before = a.status;
            a.markOverdue(today, auditor.username(), clock.instant());
            auditor.record(a.id, null, "MARKED_OVERDUE", "status", before, a.status);
            marked++;
            events.publishEvent(new AssignmentOverdue(a.id, a.unitId, a.dueDate, views.describe(a, lookup)));
        }
        remindPeriods(today, inForce, lookup);
        assignments.flush();
        return marked;
    }

    /** Units that have not reported for a period yet are reminded before its due date. */
    private void remindPeriods(LocalDate today, Set<Long> inForce, AssignmentViews.Lookup lookup) {
        for (PeriodView p :
                periods.dueOn(REMIND_DAYS.stream().map(today::plusDays).toList())) {
            long daysLeft = ChronoUnit.DAYS.between(today, p.dueDate());
            if (!inForce.contains(p.planId())) {
                continue;
            }
            Set<Long> reported = new HashSet<>();
            updates.findByPeriodIdAndStateIn(p.id(), EnumSet.of(UpdateState.SUBMITTED, UpdateState.ACCEPTED))
                    .forEach(u -> reported.add(u.assignmentId));
            for (Assignment a : assignments.findByPlanId(p.planId())) {
                if (!a.status.isDone() && !reported.contains(a.id)) {
                    events.publishEvent(new DeadlineApproaching(
                            a.id,
                            a.unitId,
                            p.dueDate(),
                            daysLeft,
                            p.id(),
                            "Báo cáo tiến độ " + p.label() + ": " + views.describe(a, lookup)));
                }
            }
        }
    }
}
