package vn.cchc.portal.assignment;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.plan.PlanFilter;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanStatus;
import vn.cchc.portal.plan.PlanSummary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Every morning, for plans in force: reminds units 7, 3 and 1 days before a due date (the task's own, or a
 * reporting period's when the unit has not reported for it yet); on the day a due date is missed marks the work
 * overdue, tells the unit and escalates to its head. Each message goes out once.
 */
@Service
public class DeadlineService {

    static final List<Long> REMIND_DAYS = List.of(7L, 3L, 1L);
    static final Set<AssignmentStatus> OPEN = EnumSet.of(AssignmentStatus.NOT_STARTED, AssignmentStatus.IN_PROGRESS,
            AssignmentStatus.OVERDUE);

    private final AssignmentRepository assignments;
    private final ReportingPeriodRepository periods;
    private final ProgressUpdateRepository updates;
    private final AssignmentViews views;
    private final AssignmentAuditor auditor;
    private final Notifier notifier;
    private final PlanService plans;
    private final Clock clock;

    DeadlineService(AssignmentRepository assignments, ReportingPeriodRepository periods,
                    ProgressUpdateRepository updates, AssignmentViews views, AssignmentAuditor auditor,
                    Notifier notifier, PlanService plans, Clock clock) {
        this.assignments = assignments;
        this.periods = periods;
        this.updates = updates;
        this.views = views;
        this.auditor = auditor;
        this.notifier = notifier;
        this.plans = plans;
        this.clock = clock;
    }

    /** The daily run for today as the portal's clock sees it; returns how many assignments it marked overdue. */
    @Transactional
    public int run() {
        LocalDate today = LocalDate.now(clock);
        Set<Long> inForce = plans.list(new PlanFilter(null, null, PlanStatus.ISSUED, null, null)).stream()
                .map(PlanSummary::id).collect(Collectors.toSet());
        AssignmentViews.Lookup lookup = views.lookup();
        Notifier.Batch batch = notifier.batch();
        for (long daysLeft : REMIND_DAYS) {
            LocalDate due = today.plusDays(daysLeft);
            for (Assignment a : assignments.findByDueDateAndStatusIn(due, OPEN)) {
                if (inForce.contains(a.planId)) {
                    batch.reminder(a, describe(a, lookup), due, daysLeft, "due:" + a.id + ":" + due + ":" + daysLeft);
                }
            }
        }
        int marked = 0;
        for (Assignment a : assignments.findByDueDateBeforeAndStatusIn(today,
                EnumSet.of(AssignmentStatus.NOT_STARTED, AssignmentStatus.IN_PROGRESS))) {
            if (!inForce.contains(a.planId)) {
                continue;
            }
            auditor.record(a.id, null, "MARKED_OVERDUE", "status", a.status, AssignmentStatus.OVERDUE);
            a.status = AssignmentStatus.OVERDUE;
            a.updatedAt = clock.instant();
            a.updatedBy = auditor.username();
            marked++;
            batch.overdue(a, describe(a, lookup), a.dueDate, "overdue:" + a.id + ":" + a.dueDate);
        }
        remindPeriods(today, inForce, lookup, batch);
        assignments.flush();
        return marked;
    }

    /** Units that have not reported for a period yet are reminded before its due date. */
    private void remindPeriods(LocalDate today, Set<Long> inForce, AssignmentViews.Lookup lookup, Notifier.Batch batch) {
        for (ReportingPeriod p : periods.findAll()) {
            long daysLeft = ChronoUnit.DAYS.between(today, p.dueDate);
            if (!REMIND_DAYS.contains(daysLeft) || !inForce.contains(p.planId)) {
                continue;
            }
            Set<Long> reported = new HashSet<>();
            updates.findByPeriodIdAndStateIn(p.id, EnumSet.of(UpdateState.SUBMITTED, UpdateState.ACCEPTED))
                    .forEach(u -> reported.add(u.assignmentId));
            for (Assignment a : assignments.findByPlanId(p.planId)) {
                if (!a.status.isDone() && !reported.contains(a.id)) {
                    batch.reminder(a, () -> "Báo cáo tiến độ " + p.label + ": " + describe(a, lookup).get(),
                            p.dueDate, daysLeft, "period:" + p.id + ":" + a.id + ":" + daysLeft);
                }
            }
        }
    }

    /** What the task is, computed only when someone is told about it. */
    private Supplier<String> describe(Assignment a, AssignmentViews.Lookup lookup) {
        return () -> {
            AssignmentSummary s = views.summary(a, lookup);
            return "Kế hoạch " + (s.planNumber() == null ? s.planTitle() : s.planNumber()) + ", mục "
                    + s.itemNumber() + ": " + s.itemLabel();
        };
    }
}
