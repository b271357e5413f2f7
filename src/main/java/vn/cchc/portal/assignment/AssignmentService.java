package vn.cchc.portal.assignment;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.audit.AuditRow;
import vn.cchc.portal.plan.PeriodView;
import vn.cchc.portal.plan.PlanItemView;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.plan.ReportingPeriodService;
import vn.cchc.portal.shared.Access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    private final TaskSearch tasks;
    private final PlanService plans;
    private final ReportingPeriodService periods;
    private final Clock clock;

    AssignmentService(
            AssignmentRepository assignments,
            ProgressUpdateRepository updates,
            AssignmentAccess access,
            AssignmentViews views,
            AssignmentAuditor auditor,
            TaskSearch tasks,
            PlanService plans,
            ReportingPeriodService periods,
            Clock clock) {
        this.clock = clock;
        this.assignments = assignments;
        this.updates = updates;
        this.access = access;
        this.views = views;
        this.auditor = auditor;
        this.tasks = tasks;
        this.plans = plans;
        this.periods = periods;
    }

    /** "Việc của đơn vị": the unit's assignments in plans in force, overdue first, then by due date. */
    @PreAuthorize(Access.UNIT_HEAD_OR_STAFF)
    public List<AssignmentSummary> myUnitTasks(TaskFilter filter) {
        return views.summaries(
                assignments.findAll(tasks.of(filter, access.user().unitId())));
    }

    /** One page of {@link #myUnitTasks(TaskFilter)}, read from the database page by page (lazy grids). */
    @PreAuthorize(Access.UNIT_HEAD_OR_STAFF)
    public List<AssignmentSummary> myUnitTasks(TaskFilter filter, Pageable page) {
        Pageable unsorted = PageRequest.of(page.getPageNumber(), page.getPageSize());
        return views.summaries(assignments
                .findBy(tasks.of(filter, access.user().unitId()), q -> q.slice(unsorted))
                .getContent());
    }

    /** How many tasks {@link #myUnitTasks(TaskFilter)} gives. */
    @PreAuthorize(Access.UNIT_HEAD_OR_STAFF)
    public long countMyUnitTasks(TaskFilter filter) {
        return assignments.count(tasks.of(filter, access.user().unitId()));
    }

    /** The plans in force the unit has tasks in, for the plan filter: newest first. */
    @PreAuthorize(Access.UNIT_HEAD_OR_STAFF)
    public List<PlanSummary> myPlans() {
        Set<Long> inForce = plans.idsInForce();
        return plans.summaries(assignments.planIdsOfUnit(access.user().unitId()).stream()
                .filter(inForce::contains)
                .toList());
    }

    /** The reporting periods of a plan the unit has tasks in, for the period filter. */
    @PreAuthorize(Access.UNIT_HEAD_OR_STAFF)
    public List<PeriodView> myPeriods(long planId) {
        return periods.ofPlan(planId);
    }

    /** One unit's assignments in a plan, for planners and leaders clicking through from the overview. */
    @PreAuthorize(Access.ADMIN_PLANNER_OR_LEADER)
    public List<AssignmentSummary> ofUnitInPlan(long planId, long unitId) {
        return views.summaries(assignments.findByPlanIdAndUnitId(planId, unitId)).stream()
                .sorted(Comparator.comparing(AssignmentSummary::dueDate))
                .toList();
    }

    /** All assignments of a plan (planners, leaders; unit users see the ones they may read). */
    @PreAuthorize("isAuthenticated()")
    public List<AssignmentSummary> ofPlan(long planId) {
        List<Assignment> all = assignments.findByPlanId(planId);
        Set<Long> led = access.itemsLedByCaller(all);
        return views
                .summariesInPlan(
                        planId, all.stream().filter(a -> access.canRead(a, led)).toList())
                .stream()
                .sorted(Comparator.comparing(AssignmentSummary::itemId)
                        .thenComparing(AssignmentSummary::role)
                        .thenComparing(AssignmentSummary::unitName))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public AssignmentDetail get(long assignmentId) {
        Assignment a = load(assignmentId);
        access.checkRead(a);
        boolean lead = a.role == AssignmentRole.LEAD;
        List<Assignment> others = lead || access.user().seesAllUnits()
                ? assignments.findByItemId(a.itemId).stream()
                        .filter(x -> !x.id.equals(a.id))
                        .toList()
                : List.of();
        List<Assignment> all = new java.util.ArrayList<>(others);
        all.add(a);
        AssignmentViews.Lookup lookup = views.lookup().load(all);
        PlanItemView item = lookup.item(a.planId, a.itemId);
        PlanItemView narrative = item.narrativeItemId() == null ? null : lookup.item(a.planId, item.narrativeItemId());
        List<UpdateView> history = views.updates(updates.findByAssignmentIdOrderByCreatedAtAscIdAsc(a.id));
        List<AssignmentSummary> parts = others.stream()
                .map(x -> views.summary(x, lookup))
                .sorted(Comparator.comparing(AssignmentSummary::unitName))
                .toList();
        List<PeriodView> planPeriods = periods.ofPlan(a.planId);
        LocalDate today = LocalDate.now(clock);
        Long currentPeriod = planPeriods.stream()
                .filter(p -> p.isCurrentOn(today))
                .findFirst()
                .map(PeriodView::id)
                .orElse(null);
        String dueText = vn.cchc.portal.shared.Formats.date(a.dueDate) + (a.dueTime == null ? "" : " " + a.dueTime);
        return new AssignmentDetail(
                views.summary(a, lookup),
                item.tasks(),
                item.timeframeText(),
                item.leadNames(),
                a.consolidatedResult,
                history,
                parts,
                planPeriods,
                currentPeriod,
                access.canDraft(a) && a.acceptsReports(),
                access.canSubmit(a) && a.acceptsReports(),
                lead && access.canSubmit(a),
                dueText,
                item.leadPrinted(),
                narrative == null ? null : narrative.number(),
                narrative == null ? null : narrative.tasks(),
                a.passOn ? cascade(a) : null);
    }

    /** The units below and their parts of a passed-on task, from the unit's own plan that carries it down. */
    private CascadeProgress cascade(Assignment a) {
        return plans.subPlanInForce(a.planId, a.unitId)
                .map(sub -> {
                    AssignmentViews.Lookup below = views.lookup().loadPlan(sub.id());
                    Set<Long> carried = below.plan(sub.id()).items().stream()
                            .filter(i -> Long.valueOf(a.itemId).equals(i.sourceItemId()))
                            .map(PlanItemView::id)
                            .collect(Collectors.toSet());
                    List<AssignmentSummary> parts = assignments.findByPlanId(sub.id()).stream()
                            .filter(x -> carried.contains(x.itemId))
                            .filter(access::canRead)
                            .map(x -> views.summary(x, below))
                            .sorted(Comparator.comparing(AssignmentSummary::unitName))
                            .toList();
                    return new CascadeProgress(sub.id(), sub.number(), parts);
                })
                .orElseGet(() -> new CascadeProgress(null, null, List.of()));
    }

    @PreAuthorize("isAuthenticated()")
    public List<AuditRow> history(long assignmentId, Locale locale) {
        access.checkRead(load(assignmentId));
        return auditor.history(assignmentId, locale);
    }

    Assignment load(long assignmentId) {
        return assignments
                .findById(assignmentId)
                .orElseThrow(() -> new AccessDeniedException(AssignmentAccess.DENIED)); // missing answers as forbidden
    }
}
