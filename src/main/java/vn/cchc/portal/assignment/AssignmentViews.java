package vn.cchc.portal.assignment;

import org.springframework.stereotype.Component;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.plan.PeriodView;
import vn.cchc.portal.plan.PlanDetail;
import vn.cchc.portal.plan.PlanItemView;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.ReportingPeriodService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the records the views show. What a list of assignments needs (their plans with items, their newest
 * update states, evidence, period labels) is read for the whole list at once, so a screen runs the same few
 * statements for ten rows or ten thousand; unit names come from the cached organisation tree.
 */
@Component
class AssignmentViews {

    private final PlanService plans;
    private final OrgUnitService units;
    private final ProgressUpdateRepository updates;
    private final EvidenceRepository evidence;
    private final ReportingPeriodService periods;
    private final Clock clock;
    private final AssignmentRepository assignments;

    AssignmentViews(
            PlanService plans,
            OrgUnitService units,
            ProgressUpdateRepository updates,
            EvidenceRepository evidence,
            ReportingPeriodService periods,
            Clock clock,
            AssignmentRepository assignments) {
        this.assignments = assignments;
        this.plans = plans;
        this.units = units;
        this.updates = updates;
        this.evidence = evidence;
        this.periods = periods;
        this.clock = clock;
    }

    /** What the summaries of some assignments need, kept for one request. */
    final class Lookup {
        private final Map<Long, PlanDetail> planById = new HashMap<>();
        private final Map<Long, PlanItemView> itemById = new HashMap<>();
        private final Map<Long, UpdateState> latest = new HashMap<>();
        private final Set<Long> statesRead = new HashSet<>();
        private final Set<Long> plansRead = new HashSet<>();
        private final Map<Long, String> unitNames = new HashMap<>();

        /** Reads the plans and newest update states of the given assignments that are not read yet. */
        Lookup load(Collection<Assignment> assignments) {
            plans(assignments.stream().map(a -> a.planId).collect(Collectors.toSet()));
            Set<Long> ids = assignments.stream()
                    .map(a -> a.id)
                    .filter(id -> !statesRead.contains(id))
                    .collect(Collectors.toSet());
            if (!ids.isEmpty()) {
                for (Object[] row : updates.statesOf(ids)) {
                    latest.put((Long) row[0], (UpdateState) row[1]);
                }
                statesRead.addAll(ids);
            }
            return this;
        }

        /** Reads a plan and the newest update state of every assignment of it, whatever their number. */
        Lookup loadPlan(long planId) {
            plans(Set.of(planId));
            if (plansRead.add(planId)) {
                for (Object[] row : updates.statesOfPlan(planId)) {
                    latest.put((Long) row[0], (UpdateState) row[1]);
                }
            }
            return this;
        }

        private void plans(Set<Long> planIds) {
            Set<Long> missing =
                    planIds.stream().filter(id -> !planById.containsKey(id)).collect(Collectors.toSet());
            if (missing.isEmpty()) {
                return; // asked once per assignment: no call through the service's proxy when all are read
            }
            plans.details(missing).forEach((id, detail) -> {
                planById.put(id, detail);
                detail.items().forEach(i -> itemById.put(i.id(), i));
            });
        }

        /** The state of an assignment's newest update, or null when it has none; unread ones per plan. */
        UpdateState latest(Assignment a) {
            if (!statesRead.contains(a.id) && !plansRead.contains(a.planId)) {
                loadPlan(a.planId);
            }
            return latest.get(a.id);
        }

        PlanDetail plan(long planId) {
            if (!planById.containsKey(planId)) {
                plans(Set.of(planId));
            }
            return Objects.requireNonNull(planById.get(planId), "plan " + planId);
        }

        PlanItemView item(long planId, long itemId) {
            plan(planId);
            return itemById.get(itemId);
        }

        String unit(Long unitId) {
            return unitId == null ? null : unitNames.computeIfAbsent(unitId, units::nameOf);
        }
    }

    Lookup lookup() {
        return new Lookup();
    }

    static AssignmentStatus effectiveStatus(Assignment a, LocalDate today) {
        return a.isOverdueOn(today) ? AssignmentStatus.OVERDUE : a.status;
    }

    AssignmentSummary summary(Assignment a, Lookup lookup) {
        PlanDetail plan = lookup.plan(a.planId);
        PlanItemView item = lookup.item(a.planId, a.itemId);
        UpdateState latest = lookup.latest(a);
        return new AssignmentSummary(
                a.id,
                a.planId,
                plan.summary().number(),
                plan.summary().title(),
                a.itemId,
                item.number(),
                label(item),
                goal(item),
                a.unitId,
                lookup.unit(a.unitId),
                a.role,
                effectiveStatus(a, LocalDate.now(clock)),
                a.percent,
                a.dueDate,
                a.completedOn,
                latest,
                a.version,
                a.passOn);
    }

    /** What a task is, for messages: "Kế hoạch 401/KH-UBND, mục 1: …". */
    String describe(Assignment a, Lookup lookup) {
        AssignmentSummary s = summary(a, lookup);
        return "Kế hoạch " + (s.planNumber() == null ? s.planTitle() : s.planNumber()) + ", mục " + s.itemNumber()
                + ": " + s.itemLabel();
    }

    /** How lists name an item: its criterion and title, else the start of its goal or tasks, else its number. */
    static String label(PlanItemView item) {
        String label = (item.criterionCode() == null ? "" : item.criterionCode() + " – ") + item.displayTitle();
        if (label.isBlank()) {
            String text = goal(item);
            label = text == null ? "" : (text.length() > 120 ? text.substring(0, 119) + "…" : text);
        }
        return label.isBlank() ? item.number() : label;
    }

    static String goal(PlanItemView item) {
        return item.goal() != null ? item.goal() : item.tasks();
    }

    /** Summaries of a list of assignments, in its order, with everything they need read at once. */
    List<AssignmentSummary> summaries(List<Assignment> list) {
        Lookup lookup = lookup().load(list);
        return list.stream().map(a -> summary(a, lookup)).toList();
    }

    /** Summaries of (some of) one plan's assignments, however many: their states read for the whole plan. */
    List<AssignmentSummary> summariesInPlan(long planId, List<Assignment> list) {
        Lookup lookup = lookup().loadPlan(planId);
        return list.stream().map(a -> summary(a, lookup)).toList();
    }

    /** Updates with their evidence and period labels, in the given order; evidence and labels read at once. */
    List<UpdateView> updates(List<ProgressUpdate> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<EvidenceView>> files = new HashMap<>();
        evidence.findByUpdateIdInOrderById(list.stream().map(u -> u.id).toList())
                .forEach(e -> files.computeIfAbsent(e.updateId, k -> new java.util.ArrayList<>())
                        .add(e.view()));
        Map<Long, PeriodView> labels = periods.get(
                list.stream().map(u -> u.periodId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, Long> unitOfTask = new HashMap<>();
        assignments
                .findAllById(list.stream().map(u -> u.assignmentId).collect(Collectors.toSet()))
                .forEach(a -> unitOfTask.put(a.id, a.unitId));
        return list.stream()
                .map(u -> new UpdateView(
                        u.id,
                        u.periodId == null || !labels.containsKey(u.periodId)
                                ? null
                                : labels.get(u.periodId).label(),
                        u.state,
                        u.completed,
                        u.percent,
                        u.result,
                        u.difficulties,
                        u.proposals,
                        u.createdBy,
                        u.createdAt,
                        u.submittedBy,
                        u.submittedAt,
                        u.late,
                        u.reviewedBy,
                        u.reviewedAt,
                        u.reviewComment,
                        files.getOrDefault(u.id, List.of()),
                        u.version,
                        u.periodId == null ? null : labels.get(u.periodId),
                        u.unitId == null || u.unitId.equals(unitOfTask.get(u.assignmentId))
                                ? null
                                : units.labelOf(u.unitId)))
                .toList();
    }
}
