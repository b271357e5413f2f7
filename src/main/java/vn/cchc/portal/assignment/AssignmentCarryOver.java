package vn.cchc.portal.assignment;

import org.springframework.stereotype.Component;
import vn.cchc.portal.organization.CarriedWork;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.WorkKind;
import vn.cchc.portal.plan.PlanDetail;
import vn.cchc.portal.plan.PlanItemView;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.shared.BusinessException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Open tasks of an ended unit in the plans in force go to its successor: the task keeps its plan, item, role, due
 * date and reports; its history shows "Đơn vị: Xã A → Phường B" with the reason. A successor that already holds
 * the same item cannot take a second part of it (one unit, one task per item): that task is left for a decision.
 */
@Component
class AssignmentCarryOver implements CarriedWork {

    private final AssignmentRepository assignments;
    private final PlanService plans;
    private final OrgUnitService units;
    private final AssignmentAuditor auditor;
    private final Clock clock;

    AssignmentCarryOver(
            AssignmentRepository assignments,
            PlanService plans,
            OrgUnitService units,
            AssignmentAuditor auditor,
            Clock clock) {
        this.assignments = assignments;
        this.plans = plans;
        this.units = units;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public WorkKind kind() {
        return WorkKind.ASSIGNMENT;
    }

    @Override
    public List<Item> openOf(long unitId, LocalDate effective) {
        Set<Long> inForce = plans.idsInForce();
        List<Assignment> open = assignments.findByUnitIdIn(List.of(unitId)).stream()
                .filter(a -> !a.status.isDone() && inForce.contains(a.planId))
                .sorted(Comparator.comparing((Assignment a) -> a.id))
                .toList();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, PlanDetail> details =
                plans.details(open.stream().map(a -> a.planId).collect(Collectors.toSet()));
        return open.stream()
                .map(a -> new Item(a.id, label(a, details.get(a.planId))))
                .toList();
    }

    @Override
    public void move(long itemId, long fromUnitId, long toUnitId, String reason) {
        Assignment a = assignments.findById(itemId).orElseThrow(() -> BusinessException.of("error.task.notFound"));
        if (a.unitId != fromUnitId) {
            throw BusinessException.of("error.carryover.notTheUnits");
        }
        boolean held = assignments.findByItemId(a.itemId).stream().anyMatch(other -> other.unitId == toUnitId);
        if (held) {
            throw BusinessException.of("error.carryover.alreadyHeld", units.nameOf(toUnitId));
        }
        a.carryOver(toUnitId, auditor.username(), clock.instant());
        assignments.saveAndFlush(a);
        auditor.record(a.id, null, "CARRIED_OVER", "unit", fromUnitId, toUnitId);
        auditor.record(a.id, null, "CARRIED_OVER", "reason", null, reason);
    }

    @Override
    public void setAside(long itemId, long fromUnitId, String reason) {
        auditor.record(itemId, null, "CARRY_OVER_KEPT", "reason", null, reason);
    }

    private static String label(Assignment a, PlanDetail plan) {
        if (plan == null) {
            return "#" + a.id;
        }
        PlanItemView item = plan.items().stream()
                .filter(i -> i.id() == a.itemId)
                .findFirst()
                .orElse(null);
        String number = plan.summary().number() == null ? "" : plan.summary().number() + " · ";
        // the item as every task list names it (an appendix row has no title: the start of its goal or tasks)
        return number
                + (item == null
                        ? "#" + a.itemId
                        : (item.number() == null ? "" : item.number() + ". ") + AssignmentViews.label(item));
    }
}
