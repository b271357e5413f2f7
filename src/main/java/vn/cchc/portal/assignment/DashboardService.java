package vn.cchc.portal.assignment;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.organization.UnitWorkload;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.UserContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** What each role sees first: a unit's due, overdue and returned work; the province's standing. */
@Service
@Transactional(readOnly = true)
public class DashboardService implements UnitWorkload {

    private static final int LIST = 5;

    private final AssignmentService tasks;
    private final AssignmentRepository assignments;
    private final ProgressUpdateRepository updates;
    private final AssignmentViews views;
    private final AssignmentAccess access;
    private final OverviewService overviews;
    private final ReviewService reviews;
    private final PlanService plans;
    private final OrgUnitService units;
    private final Clock clock;

    DashboardService(
            AssignmentService tasks,
            AssignmentRepository assignments,
            ProgressUpdateRepository updates,
            AssignmentViews views,
            AssignmentAccess access,
            OverviewService overviews,
            ReviewService reviews,
            PlanService plans,
            OrgUnitService units,
            Clock clock) {
        this.tasks = tasks;
        this.assignments = assignments;
        this.updates = updates;
        this.views = views;
        this.access = access;
        this.overviews = overviews;
        this.reviews = reviews;
        this.plans = plans;
        this.units = units;
        this.clock = clock;
    }

    /** The caller's unit: its open work by urgency, and the units below it. */
    @PreAuthorize("hasAnyRole('UNIT_HEAD','UNIT_STAFF')")
    public UnitDashboard unit() {
        LocalDate today = LocalDate.now(clock);
        List<AssignmentSummary> all = tasks.myUnitTasks(TaskFilter.all());
        List<AssignmentSummary> open =
                all.stream().filter(a -> !a.status().isDone()).toList();
        Comparator<AssignmentSummary> byDue =
                Comparator.comparing(AssignmentSummary::dueDate).thenComparing(AssignmentSummary::id);
        return new UnitDashboard(
                open.size(),
                pick(open, AssignmentSummary::isOverdue, byDue),
                pick(
                        open,
                        a -> !a.isOverdue() && !a.dueDate().isAfter(today.plusDays(UnitDashboard.DUE_SOON_DAYS)),
                        byDue),
                pick(open, a -> a.latestState() == UpdateState.RETURNED, byDue),
                pick(open, a -> a.latestState() == UpdateState.DRAFT, byDue),
                pick(all, a -> a.latestState() == UpdateState.SUBMITTED, byDue),
                unitsBelow());
    }

    private static List<AssignmentSummary> pick(
            List<AssignmentSummary> list, Predicate<AssignmentSummary> which, Comparator<AssignmentSummary> order) {
        return list.stream().filter(which).sorted(order).toList();
    }

    /** The units under the caller's unit that have work in plans in force, the ones doing worst first. */
    @PreAuthorize("hasAnyRole('UNIT_HEAD','UNIT_STAFF')")
    public List<UnitProgress> unitsBelow() {
        long own = access.user().unitId();
        Map<Long, String> below = new LinkedHashMap<>();
        units.ownSubtree().stream().filter(u -> u.id() != own).forEach(u -> below.put(u.id(), u.name()));
        return progress(below).stream()
                .sorted(Comparator.comparingLong(UnitProgress::overdue)
                        .reversed()
                        .thenComparingDouble(UnitProgress::averagePercent)
                        .thenComparing(UnitProgress::unitName))
                .toList();
    }

    /** Figures of the units below the caller's (see {@link UnitWorkload}). */
    @Override
    @PreAuthorize("hasAnyRole('UNIT_HEAD','UNIT_STAFF')")
    public Map<Long, Figures> of(Collection<Long> unitIds) {
        Set<Long> visible = units.ownSubtree().stream().map(OrgUnitSummary::id).collect(Collectors.toSet());
        Map<Long, String> wanted = new LinkedHashMap<>();
        unitIds.stream().filter(visible::contains).forEach(id -> wanted.put(id, ""));
        return progress(wanted).stream()
                .collect(Collectors.toMap(
                        UnitProgress::unitId, p -> new Figures(p.tasks(), p.done(), p.overdue(), p.averagePercent())));
    }

    private List<UnitProgress> progress(Map<Long, String> unitNames) {
        if (unitNames.isEmpty()) {
            return List.of();
        }
        Set<Long> inForce = plans.idsInForce();
        List<Assignment> work = assignments.findByUnitIdIn(unitNames.keySet()).stream()
                .filter(a -> inForce.contains(a.planId))
                .toList();
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<Assignment>> byUnit = work.stream().collect(Collectors.groupingBy(a -> a.unitId));
        List<UnitProgress> out = new ArrayList<>();
        byUnit.forEach((unitId, list) -> {
            Figures f = figures(list, today);
            out.add(new UnitProgress(
                    unitId, unitNames.get(unitId), f.tasks(), f.done(), f.overdue(), f.averagePercent()));
        });
        return out;
    }

    /**
     * A unit's work year by year with the work of the units it took over in a reorganisation, marked as such (see
     * {@link UnitHistory}). Plans in force and closed ones count, drafts do not.
     */
    @PreAuthorize("isAuthenticated()")
    public UnitHistory history(long unitId) {
        units.checkAccess(unitId);
        List<Long> predecessors = units.predecessorsOf(unitId);
        List<Long> all = new ArrayList<>(predecessors);
        all.add(unitId);
        List<Assignment> work = assignments.findByUnitIdIn(all);
        Map<Long, Integer> yearOf = new HashMap<>();
        plans.summaries(work.stream().map(a -> a.planId).collect(Collectors.toSet())).stream()
                .filter(p -> p.status() != vn.cchc.portal.plan.PlanStatus.DRAFT)
                .forEach(p -> yearOf.put(p.id(), p.year()));
        LocalDate today = LocalDate.now(clock);
        Map<Integer, List<Assignment>> byYear = new java.util.TreeMap<>(work.stream()
                .filter(a -> yearOf.containsKey(a.planId))
                .collect(Collectors.groupingBy(a -> yearOf.get(a.planId))));
        List<UnitHistory.Year> years = new ArrayList<>();
        byYear.forEach((year, list) -> years.add(new UnitHistory.Year(
                year,
                figures(list.stream().filter(a -> a.unitId == unitId).toList(), today),
                figures(list.stream().filter(a -> a.unitId != unitId).toList(), today),
                figures(list, today))));
        return new UnitHistory(
                unitId,
                units.nameOf(unitId),
                predecessors.stream().map(units::nameOf).toList(),
                years);
    }

    private static Figures figures(List<Assignment> list, LocalDate today) {
        return new Figures(
                list.size(),
                list.stream().filter(a -> a.status.isDone()).count(),
                list.stream()
                        .filter(a -> AssignmentViews.effectiveStatus(a, today) == AssignmentStatus.OVERDUE)
                        .count(),
                list.stream().mapToInt(a -> a.percent).average().orElse(0));
    }

    /**
     * The province: the plan in force (the latest issued plan of the top level), its progress, what waits for
     * review and the latest accepted reports.
     */
    @PreAuthorize("hasAnyRole('ADMIN','PLANNER','LEADER')")
    public ProvinceDashboard province() {
        UserContext user = access.user();
        var plan = overviews.defaultPlan().orElse(null);
        Overview overview = plan == null ? null : overviews.of(plan.id());
        boolean reviews = user.has(Role.ADMIN) || user.has(Role.PLANNER);
        long waiting = reviews ? this.reviews.queueSize() : 0;
        List<ReviewItem> oldest = reviews ? this.reviews.queue(PageRequest.of(0, LIST)) : List.of();
        List<ReviewItem> accepted = this.reviews.items(updates.findByState(
                UpdateState.ACCEPTED, PageRequest.of(0, LIST, Sort.by(Sort.Direction.DESC, "reviewedAt", "id"))));
        return new ProvinceDashboard(plan, overview, waiting, oldest, accepted);
    }
}
