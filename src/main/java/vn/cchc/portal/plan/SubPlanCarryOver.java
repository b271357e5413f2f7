package vn.cchc.portal.plan;

import org.springframework.stereotype.Component;
import vn.cchc.portal.organization.CarriedWork;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.WorkKind;
import vn.cchc.portal.shared.BusinessException;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A sub-plan an ended unit was still drafting under a plan in force becomes its successor's draft (the obligation
 * to send an own plan follows the tasks); an issued sub-plan stays the ended unit's, with its old name. A successor
 * that already drafts or issued its own sub-plan under the same plan cannot take a second one: left for a decision.
 */
@Component
class SubPlanCarryOver implements CarriedWork {

    private final PlanRepository plans;
    private final PlanAuditor auditor;
    private final OrgUnitService units;

    SubPlanCarryOver(PlanRepository plans, PlanAuditor auditor, OrgUnitService units) {
        this.plans = plans;
        this.auditor = auditor;
        this.units = units;
    }

    @Override
    public WorkKind kind() {
        return WorkKind.SUB_PLAN;
    }

    @Override
    public List<Item> openOf(long unitId, LocalDate effective) {
        return plans.findByIssuingUnitIdAndStatusAndParentPlanIdNotNull(unitId, PlanStatus.DRAFT).stream()
                .filter(p -> plans.findById(p.parentPlanId)
                        .map(parent -> parent.status == PlanStatus.ISSUED)
                        .orElse(false))
                .sorted(Comparator.comparing((Plan p) -> p.id))
                .map(p -> new Item(p.id, p.title))
                .toList();
    }

    @Override
    public void move(long itemId, long fromUnitId, long toUnitId, String reason) {
        Plan sub = plans.findById(itemId).orElseThrow(() -> BusinessException.of("error.carryover.gone"));
        if (sub.issuingUnitId != fromUnitId || sub.status != PlanStatus.DRAFT) {
            throw BusinessException.of("error.carryover.notTheUnits");
        }
        boolean held = plans.findByParentPlanId(sub.parentPlanId).stream()
                .anyMatch(p -> p.issuingUnitId == toUnitId && p.status != PlanStatus.SUPERSEDED);
        if (held) {
            throw BusinessException.of("error.carryover.subPlanHeld", units.nameOf(toUnitId));
        }
        sub.issuingUnitId = toUnitId;
        plans.saveAndFlush(sub);
        auditor.field(sub.id, null, "CARRIED_OVER", "issuingUnitId", fromUnitId, toUnitId);
        auditor.field(sub.id, null, "CARRIED_OVER", "reason", null, reason);
    }

    @Override
    public void setAside(long itemId, long fromUnitId, String reason) {
        auditor.field(itemId, null, "CARRY_OVER_KEPT", "reason", null, reason);
    }
}
