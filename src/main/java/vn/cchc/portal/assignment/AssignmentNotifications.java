package vn.cchc.portal.assignment;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.security.SystemPrincipal;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Role;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns what happened to assignments into notifications (and, through {@link Notifier}, e-mails). Each listener
 * runs after the transaction that published the event has committed, in a transaction of its own, as the system;
 * when it fails, the event publication registry runs it again and the de-duplication keys keep it from telling
 * anyone twice.
 */
@Component
class AssignmentNotifications {

    private final Notifier notifier;
    private final AssignmentRepository assignments;
    private final AssignmentViews views;
    private final OrgUnitService units;

    AssignmentNotifications(Notifier notifier, AssignmentRepository assignments, AssignmentViews views,
                            OrgUnitService units) {
        this.notifier = notifier;
        this.assignments = assignments;
        this.views = views;
        this.units = units;
    }

    /** Planners hear of reports waiting for their review. */
    @ApplicationModuleListener
    public void on(ReportSubmitted event) {
        asSystem(() -> notifier.toRole(Role.PLANNER, new Notifier.Message("SUBMITTED",
                "Báo cáo tiến độ chờ duyệt: " + units.nameOf(event.unitId()),
                describe(event.assignmentId()) + (event.late() ? "\nBáo cáo gửi trễ hạn." : "") + "\n"
                        + notifier.page("review"), event.assignmentId(), "submitted:" + event.updateId())));
    }

    @ApplicationModuleListener
    public void on(ReportReturned event) {
        asSystem(() -> notifier.toUnit(event.unitId(), new Notifier.Message("RETURNED",
                "Báo cáo tiến độ bị trả lại", describe(event.assignmentId()) + "\nLý do: " + event.comment() + "\n"
                + notifier.link(event.assignmentId()), event.assignmentId(), "returned:" + event.updateId()), false));
    }

    @ApplicationModuleListener
    public void on(ReportAccepted event) {
        String title = event.status().isDone() ? "Báo cáo tiến độ được chấp nhận: nhiệm vụ đã hoàn thành"
                : "Báo cáo tiến độ được chấp nhận (" + event.percent() + "%)";
        asSystem(() -> notifier.toUnit(event.unitId(), new Notifier.Message("ACCEPTED", title,
                describe(event.assignmentId()) + "\n" + notifier.link(event.assignmentId()), event.assignmentId(),
                "accepted:" + event.updateId()), false));
    }

    @ApplicationModuleListener
    public void on(DeadlineApproaching event) {
        String due = Formats.date(event.dueDate());
        String key = event.periodId() == null
                ? "due:" + event.assignmentId() + ":" + event.dueDate() + ":" + event.daysLeft()
                : "period:" + event.periodId() + ":" + event.assignmentId() + ":" + event.daysLeft();
        asSystem(() -> notifier.toUnit(event.unitId(), new Notifier.Message("REMINDER",
                "Nhắc việc: còn " + event.daysLeft() + " ngày đến hạn " + due,
                event.task() + "\nHạn: " + due + ".\n" + notifier.link(event.assignmentId()), event.assignmentId(),
                key), false));
    }

    /** The unit hears that its work is overdue, and its head gets the escalation. */
    @ApplicationModuleListener
    public void on(AssignmentOverdue event) {
        String due = Formats.date(event.dueDate());
        String body = event.task() + "\nĐã quá hạn " + due + " mà chưa hoàn thành.\n"
                + notifier.link(event.assignmentId());
        String key = "overdue:" + event.assignmentId() + ":" + event.dueDate();
        asSystem(() -> {
            notifier.toUnit(event.unitId(), new Notifier.Message("OVERDUE",
                    "Quá hạn: nhiệm vụ đến hạn " + due + " chưa hoàn thành", body, event.assignmentId(), key), false);
            return notifier.toUnit(event.unitId(), new Notifier.Message("ESCALATION",
                    "Báo cáo lãnh đạo: " + units.nameOf(event.unitId()) + " chậm thực hiện nhiệm vụ", body,
                    event.assignmentId(), key + ":head"), true);
        });
    }

    /** Each unit of an issued plan hears how many tasks it was given. */
    @ApplicationModuleListener
    public void on(TasksAssigned event) {
        asSystem(() -> {
            List<Assignment> given = assignments.findByPlanId(event.planId());
            PlanSummary plan = views.lookup().plan(event.planId()).summary();
            String name = plan.number() == null ? plan.title() : plan.number();
            Map<Long, Map<AssignmentRole, Long>> byUnit = given.stream().collect(Collectors.groupingBy(
                    a -> a.unitId, TreeMap::new, Collectors.groupingBy(a -> a.role, Collectors.counting())));
            byUnit.forEach((unitId, roles) -> {
                long lead = roles.getOrDefault(AssignmentRole.LEAD, 0L);
                long coordinating = roles.getOrDefault(AssignmentRole.COORDINATING, 0L);
                notifier.toUnit(unitId, new Notifier.Message("ASSIGNED",
                        "Nhiệm vụ mới: " + (lead + coordinating) + " nhiệm vụ theo Kế hoạch " + name,
                        "Kế hoạch " + name + " – " + plan.title() + " giao cho đơn vị " + lead + " nhiệm vụ chủ trì, "
                                + coordinating + " nhiệm vụ phối hợp.\n" + notifier.page("tasks"), null,
                        "assigned:" + event.planId() + ":" + unitId), false);
            });
            return byUnit.size();
        });
    }

    private String describe(long assignmentId) {
        return assignments.findById(assignmentId).map(a -> views.describe(a, views.lookup())).orElse("");
    }

    private static void asSystem(java.util.function.Supplier<Integer> work) {
        SystemPrincipal.callAsSystem(work);
    }
}
