package vn.cchc.portal.assignment;

import org.springframework.stereotype.Component;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.plan.PlanDetail;
import vn.cchc.portal.plan.PlanItemView;
import vn.cchc.portal.plan.PlanService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the records the views show; keeps plans and unit names it has looked up for one request. */
@Component
class AssignmentViews {

    private final PlanService plans;
    private final OrgUnitService units;
    private final ProgressUpdateRepository updates;
    private final EvidenceRepository evidence;
    private final ReportingPeriodRepository periods;
    private final Clock clock;

    AssignmentViews(PlanService plans, OrgUnitService units, ProgressUpdateRepository updates,
                    EvidenceRepository evidence, ReportingPeriodRepository periods, Clock clock) {
        this.plans = plans;
        this.units = units;
        this.updates = updates;
        this.evidence = evidence;
        this.periods = periods;
        this.clock = clock;
    }

    /** A lookup cache for one request. */
    final class Lookup {
        private final Map<Long, PlanDetail> planById = new HashMap<>();
        private final Map<Long, PlanItemView> itemById = new HashMap<>();
        private final Map<Long, String> unitNames = new HashMap<>();
        private final Map<Long, Map<Long, UpdateState>> latestByPlan = new HashMap<>();

        /** The state of an assignment's newest update; one query per plan, not one per assignment. */
        UpdateState latest(long planId, long assignmentId) {
            return latestByPlan.computeIfAbsent(planId, id -> {
                Map<Long, UpdateState> latest = new HashMap<>();
                for (Object[] row : updates.statesOfPlan(id)) {
                    latest.put((Long) row[0], (UpdateState) row[1]);
                }
                return latest;
            }).get(assignmentId);
        }

        PlanDetail plan(long planId) {
            return planById.computeIfAbsent(planId, id -> {
                PlanDetail detail = plans.get(id);
                detail.items().forEach(i -> itemById.put(i.id(), i));
                return detail;
            });
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
        UpdateState latest = lookup.latest(a.planId, a.id);
        String label = (item.criterionCode() == null ? "" : item.criterionCode() + " – ") + item.displayTitle();
        if (label.isBlank()) {
            String text = item.goal() != null ? item.goal() : item.tasks();
            label = text == null ? "" : (text.length() > 120 ? text.substring(0, 119) + "…" : text);
        }
        return new AssignmentSummary(a.id, a.planId, plan.summary().number(), plan.summary().title(), a.itemId,
                item.number(), label.isBlank() ? item.number() : label,
                item.goal() != null ? item.goal() : item.tasks(), a.unitId, lookup.unit(a.unitId), a.role,
                effectiveStatus(a, LocalDate.now(clock)), a.percent, a.dueDate, a.completedOn, latest, a.version,
                a.passOn);
    }

    UpdateView update(ProgressUpdate u, Map<Long, String> periodLabels) {
        List<EvidenceView> files = evidence.findByUpdateIdOrderById(u.id).stream()
                .map(e -> new EvidenceView(e.id, e.kind, e.fileName, e.fileType, e.sizeBytes, e.sha256, e.docNumber,
                        e.docDate, e.docIssuer))
                .toList();
        return new UpdateView(u.id, u.periodId == null ? null : periodLabels.get(u.periodId), u.state, u.completed,
                u.percent, u.result, u.difficulties, u.proposals, u.createdBy, u.createdAt, u.submittedBy,
                u.submittedAt, u.late, u.reviewedBy, u.reviewedAt, u.reviewComment, files, u.version);
    }

    java.util.Optional<PeriodView> period(long periodId) {
        return periods.findById(periodId)
                .map(p -> new PeriodView(p.id, p.planId, p.seq, p.label, p.startDate, p.endDate, p.dueDate));
    }

    List<PeriodView> periods(long planId) {
        return periods.findByPlanIdOrderBySeq(planId).stream()
                .map(p -> new PeriodView(p.id, p.planId, p.seq, p.label, p.startDate, p.endDate, p.dueDate))
                .sorted(Comparator.comparingInt(PeriodView::seq))
                .toList();
    }
}
