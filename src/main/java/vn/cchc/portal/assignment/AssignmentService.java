package vn.cchc.portal.assignment;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.plan.PlanItemView;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Texts;
import vn.cchc.portal.shared.UserContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reading assignments: a unit's own tasks across plans, one assignment with its history, the plan's parts. */
@Service
@Transactional(readOnly = true)
public class AssignmentService {

    private final AssignmentRepository assignments;
    private final ProgressUpdateRepository updates;
    private final AssignmentAccess access;
    private final AssignmentViews views;
    private final AssignmentAuditor auditor;
    private final Clock clock;

    AssignmentService(AssignmentRepository assignments, ProgressUpdateRepository updates, AssignmentAccess access,
                      AssignmentViews views, AssignmentAuditor auditor, Clock clock) {
        this.assignments = assignments;
        this.updates = updates;
        this.access = access;
        this.views = views;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** "Việc của đơn vị": the unit's assignments in plans in force, overdue first, then by due date. */
    @PreAuthorize("hasAnyRole('UNIT_HEAD','UNIT_STAFF')")
    public List<AssignmentSummary> myUnitTasks(TaskFilter filter) {
        UserContext user = access.user();
        LocalDate today = LocalDate.now(clock);
        AssignmentViews.Lookup lookup = views.lookup();
        String query = Texts.fold(filter.query());
        java.util.Optional<PeriodView> period = filter.periodId() == null ? java.util.Optional.empty()
                : views.period(filter.periodId());
        return assignments.findByUnitIdIn(List.of(user.unitId())).stream()
                .filter(a -> filter.planId() == null || a.planId.equals(filter.planId()))
                .filter(a -> period.map(p -> p.planId() == a.planId && !a.status.isDone()
                        && !reportedIn(p.id()).contains(a.id)).orElse(true))
                .filter(a -> lookup.plan(a.planId).summary().status() == vn.cchc.portal.plan.PlanStatus.ISSUED)
                .map(a -> views.summary(a, lookup))
                .filter(s -> filter.status() == null || s.status() == filter.status())
                .filter(s -> !filter.overdueOnly() || s.isOverdue())
                .filter(s -> !filter.dueSoon() || (!s.status().isDone() && !s.dueDate().isBefore(today)
                        && !s.dueDate().isAfter(today.plusDays(7))))
                .filter(s -> Texts.matchesKey(query, Texts.fold(String.join(" ", String.valueOf(s.planNumber()),
                        s.planTitle(), s.itemLabel(), s.goal() == null ? "" : s.goal()))))
                .sorted(Comparator.comparing((AssignmentSummary s) -> !s.isOverdue())
                        .thenComparing(AssignmentSummary::dueDate).thenComparing(AssignmentSummary::id))
                .toList();
    }

    /** The reporting periods of the plans the unit has tasks in, for the period filter. */
    @PreAuthorize("hasAnyRole('UNIT_HEAD','UNIT_STAFF')")
    public List<PeriodView> myPeriods(long planId) {
        return views.periods(planId);
    }

    /** The reporting periods of a plan the caller may read (for reports and filters). */
    @PreAuthorize("isAuthenticated()")
    public List<PeriodView> periodsOf(long planId) {
        views.lookup().plan(planId);
        return views.periods(planId);
    }

    /** One unit's assignments in a plan, for planners and leaders clicking through from the overview. */
    @PreAuthorize("hasAnyRole('ADMIN','PLANNER','LEADER')")
    public List<AssignmentSummary> ofUnitInPlan(long planId, long unitId) {
        AssignmentViews.Lookup lookup = views.lookup();
        return assignments.findByPlanId(planId).stream().filter(a -> a.unitId == unitId)
                .map(a -> views.summary(a, lookup)).sorted(Comparator.comparing(AssignmentSummary::dueDate)).toList();
    }

    /** All assignments of a plan (planners, leaders; unit users see the ones they may read). */
    @PreAuthorize("isAuthenticated()")
    public List<AssignmentSummary> ofPlan(long planId) {
        AssignmentViews.Lookup lookup = views.lookup();
        return assignments.findByPlanId(planId).stream().filter(access::canRead)
                .map(a -> views.summary(a, lookup))
                .sorted(Comparator.comparing(AssignmentSummary::itemId).thenComparing(AssignmentSummary::role)
                        .thenComparing(AssignmentSummary::unitName))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public AssignmentDetail get(long assignmentId) {
        Assignment a = load(assignmentId);
        access.checkRead(a);
        AssignmentViews.Lookup lookup = views.lookup();
        PlanItemView item = lookup.item(a.planId, a.itemId);
        List<PeriodView> periods = views.periods(a.planId);
        Map<Long, String> labels = periods.stream().collect(Collectors.toMap(PeriodView::id, PeriodView::label));
        List<UpdateView> history = updates.findByAssignmentIdOrderByCreatedAtAscIdAsc(a.id).stream()
                .map(u -> views.update(u, labels)).toList();
        boolean lead = a.role == AssignmentRole.LEAD;
        List<AssignmentSummary> parts = lead || access.user().seesAllUnits()
                ? assignments.findByItemId(a.itemId).stream().filter(x -> !x.id.equals(a.id))
                .map(x -> views.summary(x, lookup)).sorted(Comparator.comparing(AssignmentSummary::unitName)).toList()
                : List.of();
        return new AssignmentDetail(views.summary(a, lookup), item.tasks(), item.timeframeText(),
                lookup.unit(item.leadUnitId()), a.consolidatedResult, history, parts, periods, access.canDraft(a),
                access.canSubmit(a), lead && access.canSubmit(a));
    }

    @PreAuthorize("isAuthenticated()")
    public List<AssignmentHistoryEntry> history(long assignmentId) {
        access.checkRead(load(assignmentId));
        return auditor.history(assignmentId);
    }

    /** Assignments that have a submitted or accepted report for the period. */
    private java.util.Set<Long> reportedIn(long periodId) {
        return updates.findByPeriodIdAndStateIn(periodId,
                        java.util.EnumSet.of(UpdateState.SUBMITTED, UpdateState.ACCEPTED)).stream()
                .map(u -> u.assignmentId).collect(Collectors.toSet());
    }

    Assignment load(long assignmentId) {
        return assignments.findById(assignmentId)
                .orElseThrow(() -> new BusinessException("Không tìm thấy công việc."));
    }
}
