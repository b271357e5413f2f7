package vn.cchc.portal.indicator;

import org.springframework.stereotype.Component;
import vn.cchc.portal.organization.CarriedWork;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.WorkKind;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.shared.BusinessException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Targets set for an ended unit at milestones on or after the effective date, in plans in force, go to its successor
 * with their value and reason; targets of milestones already past stay with the ended unit (history). A successor
 * with its own target at the same milestone keeps it: that one is left for a decision.
 */
@Component
class TargetCarryOver implements CarriedWork {

    private final TargetOverrideRepository targets;
    private final MilestoneRepository milestones;
    private final IndicatorRepository indicators;
    private final IndicatorAuditor auditor;
    private final PlanService plans;
    private final OrgUnitService units;

    TargetCarryOver(
            TargetOverrideRepository targets,
            MilestoneRepository milestones,
            IndicatorRepository indicators,
            IndicatorAuditor auditor,
            PlanService plans,
            OrgUnitService units) {
        this.targets = targets;
        this.milestones = milestones;
        this.indicators = indicators;
        this.auditor = auditor;
        this.plans = plans;
        this.units = units;
    }

    @Override
    public WorkKind kind() {
        return WorkKind.TARGET;
    }

    @Override
    public List<Item> openOf(long unitId, LocalDate effective) {
        List<TargetOverride> own = targets.findByUnitIdOrderById(unitId);
        if (own.isEmpty()) {
            return List.of();
        }
        Set<Long> inForce = plans.idsInForce();
        return own.stream()
                .filter(t -> {
                    Optional<Milestone> m = milestones.findById(t.milestoneId);
                    return m.isPresent() && !m.get().date.isBefore(effective) && inForce.contains(m.get().planId);
                })
                .map(t -> new Item(t.id, label(t)))
                .toList();
    }

    @Override
    public void move(long itemId, long fromUnitId, long toUnitId, String reason) {
        TargetOverride t = targets.findById(itemId).orElseThrow(() -> BusinessException.of("error.carryover.gone"));
        if (t.unitId != fromUnitId) {
            throw BusinessException.of("error.carryover.notTheUnits");
        }
        if (targets.findByIndicatorIdAndUnitIdAndMilestoneId(t.indicatorId, toUnitId, t.milestoneId)
                .isPresent()) {
            throw BusinessException.of("error.carryover.targetHeld", units.nameOf(toUnitId));
        }
        t.unitId = toUnitId;
        targets.saveAndFlush(t);
        long planId = milestones.findById(t.milestoneId).map(m -> m.planId).orElseThrow();
        auditor.record(planId, t.indicatorId, toUnitId, t.milestoneId, null, "CARRIED_OVER", null, t.value, reason);
    }

    @Override
    public void setAside(long itemId, long fromUnitId, String reason) {
        targets.findById(itemId)
                .ifPresent(t -> auditor.record(
                        milestones.findById(t.milestoneId).map(m -> m.planId).orElseThrow(),
                        t.indicatorId,
                        fromUnitId,
                        t.milestoneId,
                        null,
                        "CARRY_OVER_KEPT",
                        null,
                        null,
                        reason));
    }

    private String label(TargetOverride t) {
        String indicator = indicators
                .findById(t.indicatorId)
                .map(i -> i.code + " " + i.name)
                .orElse("");
        String milestone = milestones.findById(t.milestoneId).map(m -> m.label).orElse("");
        return indicator + " · " + milestone + " · "
                + t.value.stripTrailingZeros().toPlainString();
    }
}
