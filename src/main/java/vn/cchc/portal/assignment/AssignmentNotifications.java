package vn.cchc.portal.assignment;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.plan.PeriodView;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.plan.ReportingPeriodService;
import vn.cchc.portal.security.SystemPrincipal;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Role;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns what happened to assignments into notifications (and, through {@link Notifier}, e-mails), each leading to
 * the portal page where the recipient acts on it: the task, the unit's tasks of a plan, the report under review.
 * Each listener runs after the transaction that published the event has committed, in a transaction of its own, as
 * the system; when it fails, the event publication registry runs it again and the de-duplication keys keep it from
 * telling anyone twice.
 */
@Component
class AssignmentNotifications {

    private final Notifier notifier;
    private final AssignmentRepository assignments;
    private final AssignmentViews views;
    private final OrgUnitService units;
    private final ReportingPeriodService periods;

    AssignmentNotifications(
            Notifier notifier,
            AssignmentRepository assignments,
            AssignmentViews views,
            OrgUnitService units,
            ReportingPeriodService periods) {
        this.notifier = notifier;
        this.assignments = assignments;
        this.views = views;
        this.units = units;
        this.periods = periods;
    }

    /** Planners hear of reports waiting for their review; the link opens the report in the review queue. */
    @ApplicationModuleListener
    public void on(ReportSubmitted event) {
        asSystem(() -> notifier.toRole(
                Role.PLANNER,
                new Notifier.Message(
                        "SUBMITTED",
                        NotificationText.of(
                                event.late() ? "notify.submittedLate" : "notify.submitted",
                                units.nameOf(event.unitId()),
                                task(event.assignmentId())),
                        event.assignmentId(),
                        "/review?update=" + event.updateId(),
                        "submitted:" + event.updateId())));
    }

    @ApplicationModuleListener
    public void on(ReportReturned event) {
        asSystem(() -> notifier.toUnit(
                event.unitId(),
                new Notifier.Message(
                        "RETURNED",
                        NotificationText.of("notify.returned", task(event.assignmentId()), event.comment()),
                        event.assignmentId(),
                        Notifier.task(event.assignmentId()),
                        "returned:" + event.updateId()),
                false));
    }

    @ApplicationModuleListener
    public void on(ReportAccepted event) {
        asSystem(() -> {
            NotificationText text = event.status().isDone()
                    ? NotificationText.of("notify.acceptedDone", task(event.assignmentId()))
                    : NotificationText.of("notify.accepted", task(event.assignmentId()), event.percent());
            return notifier.toUnit(
                    event.unitId(),
                    new Notifier.Message(
                            "ACCEPTED",
                            text,
                            event.assignmentId(),
                            Notifier.task(event.assignmentId()),
                            "accepted:" + event.updateId()),
                    false);
        });
    }

    @ApplicationModuleListener
    public void on(DeadlineApproaching event) {
        String due = Formats.date(event.dueDate());
        String key = event.periodId() == null
                ? "due:" + event.assignmentId() + ":" + event.dueDate() + ":" + event.daysLeft()
                : "period:" + event.periodId() + ":" + event.assignmentId() + ":" + event.daysLeft();
        asSystem(() -> {
            // the task and period are read as the system too: the listener runs without a signed-in user
            NotificationText text = event.periodId() == null
                    ? NotificationText.of("notify.reminder", event.daysLeft(), due, task(event.assignmentId()))
                    : NotificationText.of(
                            "notify.periodReminder",
                            event.daysLeft(),
                            due,
                            task(event.assignmentId()),
                            periods.get(event.periodId())
                                    .map(AssignmentNotifications::period)
                                    .orElse(NotificationText.of("")));
            return notifier.toUnit(
                    event.unitId(),
                    new Notifier.Message(
                            "REMINDER", text, event.assignmentId(), Notifier.task(event.assignmentId()), key),
                    false);
        });
    }

    /** The unit hears that its work is overdue, and its head gets the escalation. */
    @ApplicationModuleListener
    public void on(AssignmentOverdue event) {
        String due = Formats.date(event.dueDate());
        String key = "overdue:" + event.assignmentId() + ":" + event.dueDate();
        String link = Notifier.task(event.assignmentId());
        asSystem(() -> {
            notifier.toUnit(
                    event.unitId(),
                    new Notifier.Message(
                            "OVERDUE",
                            NotificationText.of("notify.overdue", due, task(event.assignmentId())),
                            event.assignmentId(),
                            link,
                            key),
                    false);
            return notifier.toUnit(
                    event.unitId(),
                    new Notifier.Message(
                            "ESCALATION",
                            NotificationText.of(
                                    "notify.escalation", due, task(event.assignmentId()), units.nameOf(event.unitId())),
                            event.assignmentId(),
                            link,
                            key + ":head"),
                    true);
        });
    }

    /**
     * Each unit of an issued plan hears how many tasks it was given; the link opens its one task, or its tasks of
     * the plan when there are several.
     */
    @ApplicationModuleListener
    public void on(TasksAssigned event) {
        asSystem(() -> {
            List<Assignment> given = assignments.findByPlanId(event.planId());
            PlanSummary plan = views.lookup().plan(event.planId()).summary();
            String name = plan.number() == null ? plan.title() : plan.number();
            Map<Long, List<Assignment>> byUnit =
                    given.stream().collect(Collectors.groupingBy(a -> a.unitId, TreeMap::new, Collectors.toList()));
            byUnit.forEach((unitId, tasks) -> {
                long lead = tasks.stream()
                        .filter(a -> a.role == AssignmentRole.LEAD)
                        .count();
                long coordinating = tasks.size() - lead;
                Long only = tasks.size() == 1 ? tasks.getFirst().id : null;
                notifier.toUnit(
                        unitId,
                        new Notifier.Message(
                                "ASSIGNED",
                                NotificationText.of(
                                        "notify.assigned", tasks.size(), name, plan.title(), lead, coordinating),
                                only,
                                only != null ? Notifier.task(only) : "/tasks?plan=" + event.planId(),
                                "assigned:" + event.planId() + ":" + unitId),
                        false);
            });
            return byUnit.size();
        });
    }

    /** "Kế hoạch 629/KH-UBND, mục 1.2: …" in the reader's language. */
    private NotificationText task(long assignmentId) {
        return assignments
                .findById(assignmentId)
                .map(a -> {
                    AssignmentSummary s = views.summary(a, views.lookup());
                    return NotificationText.of(
                            "notify.task",
                            s.planNumber() == null ? s.planTitle() : s.planNumber(),
                            s.itemNumber() == null ? "" : s.itemNumber(),
                            s.itemLabel());
                })
                .orElse(NotificationText.of("notify.task", "", "", ""));
    }

    /** A reporting period's name in the reader's language. */
    static NotificationText period(PeriodView p) {
        return NotificationText.of(p.labelKey(), p.labelArgs().toArray());
    }

    private static void asSystem(java.util.function.Supplier<Integer> work) {
        SystemPrincipal.callAsSystem(work);
    }
}
