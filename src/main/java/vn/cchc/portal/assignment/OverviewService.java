package vn.cchc.portal.assignment;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.plan.PeriodView;
import vn.cchc.portal.plan.PlanAreas;
import vn.cchc.portal.plan.PlanFilter;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanStatus;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.plan.ReportingPeriodService;
import vn.cchc.portal.shared.Access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Completion by area and unit, overdue work and units that have not reported: for planners and leaders. */
@Service
@Transactional(readOnly = true)
public class OverviewService {

    private final AssignmentRepository assignments;
    private final ProgressUpdateRepository updates;
    private final AssignmentViews views;
    private final ReportingPeriodService periods;
    private final PlanAreas areas;
    private final PlanService plans;
    private final Clock clock;

    OverviewService(
            AssignmentRepository assignments,
            ProgressUpdateRepository updates,
            AssignmentViews views,
            ReportingPeriodService periods,
            PlanAreas areas,
            PlanService plans,
            Clock clock) {
        this.areas = areas;
        this.plans = plans;
        this.assignments = assignments;
        this.updates = updates;
        this.views = views;
        this.periods = periods;
        this.clock = clock;
    }

    @PreAuthorize(Access.ADMIN_PLANNER_OR_LEADER)
    public Overview of(long planId) {
        LocalDate today = LocalDate.now(clock);
        List<Assignment> rows = assignments.findByPlanId(planId);
        AssignmentViews.Lookup lookup = views.lookup().loadPlan(planId);
        List<AssignmentSummary> all =
                rows.stream().map(a -> views.summary(a, lookup)).toList();

        Map<Long, String> areaOf = areas.of(planId);
        Map<String, List<AssignmentSummary>> byAreaName = new LinkedHashMap<>();
        areaOf.values().forEach(name -> byAreaName.putIfAbsent(name, new ArrayList<>()));
        List<AssignmentSummary> other = new ArrayList<>();
        for (AssignmentSummary s : all) {
            String name = areaOf.get(s.itemId());
            (name == null ? other : byAreaName.get(name)).add(s);
        }
        byAreaName.put(null, other);
        List<Overview.AreaProgress> byArea = byAreaName.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new Overview.AreaProgress(
                        e.getKey(),
                        e.getValue().size(),
                        e.getValue().stream().filter(s -> s.status().isDone()).count(),
                        e.getValue().stream()
                                .mapToInt(AssignmentSummary::percent)
                                .average()
                                .orElse(0),
                        e.getValue().stream()
                                .filter(AssignmentSummary::isOverdue)
                                .count(),
                        e.getValue()))
                .toList();

        Map<Long, List<AssignmentSummary>> units = new LinkedHashMap<>();
        all.forEach(
                s -> units.computeIfAbsent(s.unitId(), k -> new ArrayList<>()).add(s));
        List<Overview.UnitProgress> byUnit = units.values().stream()
                .map(list -> new Overview.UnitProgress(
                        list.getFirst().unitId(),
                        list.getFirst().unitName(),
                        list.size(),
                        list.stream().filter(s -> s.status().isDone()).count(),
                        list.stream().filter(AssignmentSummary::isOverdue).count(),
                        list.stream()
                                .mapToInt(AssignmentSummary::percent)
                                .average()
                                .orElse(0)))
                .sorted(Comparator.comparingDouble(Overview.UnitProgress::averagePercent)
                        .thenComparing(Overview.UnitProgress::unitName))
                .toList();

        List<AssignmentSummary> overdue = all.stream()
                .filter(AssignmentSummary::isOverdue)
                .sorted(Comparator.comparing(AssignmentSummary::dueDate))
                .toList();

        PeriodView current = periods.ofPlan(planId).stream()
                .filter(p -> !p.startDate().isAfter(today))
                .max(Comparator.comparing(PeriodView::startDate))
                .orElse(null);
        List<Overview.UnitRef> notReported = new ArrayList<>();
        if (current != null) {
            Set<Long> reported = new HashSet<>();
            updates.findByPeriodIdAndStateIn(current.id(), EnumSet.of(UpdateState.SUBMITTED, UpdateState.ACCEPTED))
                    .forEach(u -> reported.add(u.assignmentId));
            units.forEach((unitId, list) -> {
                boolean any = list.stream()
                        .anyMatch(s -> reported.contains(s.id()) || s.status().isDone());
                if (!any) {
                    notReported.add(new Overview.UnitRef(unitId, list.getFirst().unitName()));
                }
            });
            notReported.sort(Comparator.comparing(Overview.UnitRef::unitName));
        }
        return new Overview(planId, byArea, byUnit, overdue, current, notReported);
    }

    /**
     * The plan shown first: the latest issued plan in force of the top level (a province plan, not a unit's own),
     * else the latest issued plan, else the latest closed one.
     */
    @PreAuthorize("hasAnyRole('ADMIN','PLANNER','LEADER')")
    public Optional<PlanSummary> defaultPlan() {
        Comparator<PlanSummary> latest = Comparator.comparingInt(PlanSummary::year)
                .thenComparing(p -> p.issueDate() == null ? LocalDate.MIN : p.issueDate())
                .thenComparingLong(PlanSummary::id);
        List<PlanSummary> issued = plans.list(PlanFilter.all()).stream()
                .filter(p -> p.status() == PlanStatus.ISSUED || p.status() == PlanStatus.CLOSED)
                .toList();
        return issued.stream()
                .filter(p -> p.status() == PlanStatus.ISSUED && p.parentPlanId() == null)
                .max(latest)
                .or(() -> issued.stream()
                        .filter(p -> p.status() == PlanStatus.ISSUED)
                        .max(latest))
                .or(() -> issued.stream().max(latest));
    }
}
