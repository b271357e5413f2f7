package vn.cchc.portal.indicator;

import org.springframework.stereotype.Component;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.plan.PlanFilter;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.shared.BusinessException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Loads a {@link Book}: the plan's own indicator set, or the one of the nearest plan above it. */
@Component
class BookLoader {

    static final String NO_SET = "error.indicator.noSet";

    final IndicatorPlanRepository settings;
    final IndicatorRepository indicators;
    final MilestoneRepository milestones;
    final RuleStepRepository steps;
    final PeriodRepository periods;
    final ExclusionRepository exclusions;
    final BaselineRepository baselines;
    final TargetOverrideRepository overrides;
    final ActualRepository actuals;
    private final PlanService plans;
    private final OrgUnitService units;

    BookLoader(
            IndicatorPlanRepository settings,
            IndicatorRepository indicators,
            MilestoneRepository milestones,
            RuleStepRepository steps,
            PeriodRepository periods,
            ExclusionRepository exclusions,
            BaselineRepository baselines,
            TargetOverrideRepository overrides,
            ActualRepository actuals,
            PlanService plans,
            OrgUnitService units) {
        this.settings = settings;
        this.indicators = indicators;
        this.milestones = milestones;
        this.steps = steps;
        this.periods = periods;
        this.exclusions = exclusions;
        this.baselines = baselines;
        this.overrides = overrides;
        this.actuals = actuals;
        this.plans = plans;
        this.units = units;
    }

    /** The plans the caller may read, by id. */
    Map<Long, PlanSummary> readablePlans() {
        Map<Long, PlanSummary> byId = new HashMap<>();
        plans.list(PlanFilter.all()).forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    /** The plan whose set the given plan uses: itself or its nearest ancestor with indicators. */
    Optional<Long> rootOf(long planId, Map<Long, PlanSummary> readable) {
        Long current = planId;
        int guard = 0;
        while (current != null && guard++ < 20) {
            if (settings.existsById(current)) {
                return Optional.of(current);
            }
            PlanSummary plan = readable.get(current);
            current = plan == null ? null : plan.parentPlanId();
        }
        return Optional.empty();
    }

    /**
     * The units of the structure in force when the plan was issued (today for a draft): old plans and reports keep
     * the units of their time. A successor that took a target over later (issue 15) is added after them.
     */
    private List<vn.cchc.portal.organization.OrgUnitSummary> unitsOf(PlanSummary plan, List<SetTarget> set) {
        if (plan == null || plan.issueDate() == null) {
            return units.activeUnits();
        }
        List<vn.cchc.portal.organization.OrgUnitSummary> on =
                new java.util.ArrayList<>(units.unitsOn(plan.issueDate()));
        java.util.Set<Long> known = new java.util.HashSet<>();
        on.forEach(u -> known.add(u.id()));
        java.util.Set<Long> holders = new java.util.HashSet<>();
        set.stream().map(SetTarget::unitId).filter(id -> !known.contains(id)).forEach(holders::add);
        if (!holders.isEmpty()) {
            units.activeUnits().stream().filter(u -> holders.contains(u.id())).forEach(on::add);
        }
        return on;
    }

    Book load(long contextPlanId) {
        Map<Long, PlanSummary> readable = readablePlans();
        PlanSummary context = readable.get(contextPlanId);
        if (context == null) {
            throw BusinessException.of("error.indicator.planNotReadable");
        }
        long rootId = rootOf(contextPlanId, readable).orElseThrow(() -> BusinessException.of(NO_SET));
        IndicatorPlan ip = settings.findById(rootId).orElseThrow(() -> BusinessException.of(NO_SET));
        List<Indicator> inds = indicators.findByPlanIdOrderBySortOrder(rootId);
        List<Long> ids = inds.stream().map(i -> i.id).toList();
        List<SetTarget> set = ids.isEmpty() ? List.of() : overrides.setTargetsOf(ids);
        return new Book(
                ip,
                readable.get(rootId),
                context,
                readable,
                inds,
                milestones.findByPlanIdOrderBySeq(rootId),
                ids.isEmpty() ? List.of() : steps.findByIndicatorIdIn(ids),
                periods.findByPlanIdOrderBySeq(rootId),
                exclusions.findByPlanId(rootId),
                ids.isEmpty() ? List.of() : baselines.findByIndicatorIdIn(ids),
                set,
                unitsOf(readable.get(rootId), set),
                units::isWithin);
    }
}
