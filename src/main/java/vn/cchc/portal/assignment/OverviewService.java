package vn.cchc.portal.assignment;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.plan.PeriodView;
import vn.cchc.portal.plan.PlanItemKind;
import vn.cchc.portal.plan.PlanItemView;
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
import java.util.Set;

/** Completion by area and unit, overdue work and units that have not reported: for planners and leaders. */
@Service
@Transactional(readOnly = true)
public class OverviewService {

    private final AssignmentRepository assignments;
    private final ProgressUpdateRepository updates;
    private final AssignmentViews views;
    private final ReportingPeriodService periods;
    private final Clock clock;

    OverviewService(AssignmentRepository assignments, ProgressUpdateRepository updates, AssignmentViews views,
                    ReportingPeriodService periods, Clock clock) {
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
        List<PlanItemView> items = lookup.plan(planId).items();
        Map<Long, PlanItemView> byId = new LinkedHashMap<>();
        items.forEach(i -> byId.put(i.id(), i));
        List<AssignmentSummary> all = rows.stream().map(a -> views.summary(a, lookup)).toList();

        Map<String, List<AssignmentSummary>> areas = new LinkedHashMap<>();
        items.stream().filter(i -> i.kind() == PlanItemKind.GROUP && isArea(i, byId))
                .forEach(g -> areas.put(label(g), new ArrayList<>()));
        for (AssignmentSummary s : all) {
            PlanItemView area = area(byId.get(s.itemId()), byId);
            areas.computeIfAbsent(area == null ? "Nhiệm vụ chung của kế hoạch" : label(area), k -> new ArrayList<>()).add(s);
        }
        List<Overview.AreaProgress> byArea = areas.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new Overview.AreaProgress(e.getKey(), e.getValue().size(),
                        e.getValue().stream().filter(s -> s.status().isDone()).count(),
                        e.getValue().stream().mapToInt(AssignmentSummary::percent).average().orElse(0)))
                .toList();

        Map<Long, List<AssignmentSummary>> units = new LinkedHashMap<>();
        all.forEach(s -> units.computeIfAbsent(s.unitId(), k -> new ArrayList<>()).add(s));
        List<Overview.UnitProgress> byUnit = units.values().stream()
                .map(list -> new Overview.UnitProgress(list.getFirst().unitId(), list.getFirst().unitName(),
                        list.size(), list.stream().filter(s -> s.status().isDone()).count(),
                        list.stream().filter(AssignmentSummary::isOverdue).count(),
                        list.stream().mapToInt(AssignmentSummary::percent).average().orElse(0)))
                .sorted(Comparator.comparingDouble(Overview.UnitProgress::averagePercent)
                        .thenComparing(Overview.UnitProgress::unitName))
                .toList();

        List<AssignmentSummary> overdue = all.stream().filter(AssignmentSummary::isOverdue)
                .sorted(Comparator.comparing(AssignmentSummary::dueDate)).toList();

        PeriodView current = periods.ofPlan(planId).stream()
                .filter(p -> !p.startDate().isAfter(today))
                .max(Comparator.comparing(PeriodView::startDate)).orElse(null);
        List<Overview.UnitRef> notReported = new ArrayList<>();
        if (current != null) {
            Set<Long> reported = new HashSet<>();
            updates.findByPeriodIdAndStateIn(current.id(), EnumSet.of(UpdateState.SUBMITTED, UpdateState.ACCEPTED))
                    .forEach(u -> reported.add(u.assignmentId));
            units.forEach((unitId, list) -> {
                boolean any = list.stream().anyMatch(s -> reported.contains(s.id()) || s.status().isDone());
                if (!any) {
                    notReported.add(new Overview.UnitRef(unitId, list.getFirst().unitName()));
                }
            });
            notReported.sort(Comparator.comparing(Overview.UnitRef::unitName));
        }
        return new Overview(planId, byArea, byUnit, overdue, current, notReported);
    }

    /** An area heading: a group linked to a criterion area (I … VIII), or a top-level section. */
    private static boolean isArea(PlanItemView group, Map<Long, PlanItemView> byId) {
        return group.criterionId() != null || group.parentId() == null && byId.values().stream()
                .noneMatch(i -> group.id() == (i.parentId() == null ? -1 : i.parentId()) && i.kind() == PlanItemKind.GROUP
                        && i.criterionId() != null);
    }

    private static PlanItemView area(PlanItemView item, Map<Long, PlanItemView> byId) {
        PlanItemView current = item == null || item.parentId() == null ? null : byId.get(item.parentId());
        PlanItemView top = current;
        while (current != null) {
            if (current.criterionId() != null) {
                return current;
            }
            top = current;
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        return top;
    }

    private static String label(PlanItemView group) {
        return (group.number() == null ? "" : group.number() + ". ") + group.displayTitle();
    }
}
