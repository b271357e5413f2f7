package vn.cchc.portal.indicator;

import vn.cchc.portal.organization.OrgUnitKind;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.plan.PlanSummary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything about one plan's indicators, loaded in a few queries: indicators, milestones, rule steps, periods,
 * exclusions, baselines, overrides and the units in scope. Computes target cells (rule, inheritance, overrides) in
 * memory. Built per request by {@link BookLoader}; not shared between threads.
 */
final class Book {

    final IndicatorPlan settings;
    final PlanSummary root;
    final PlanSummary context;
    final Map<Long, PlanSummary> plans;
    final List<Indicator> indicators;
    final List<Milestone> milestones;
    final List<RuleStep> steps;
    final List<Period> periods;
    final Map<Long, Exclusion> exclusions;
    final Map<Long, OrgUnitSummary> units;
    /** Units with targets, in tree order (departments, districts, communes), excluded units left out. */
    final List<OrgUnitSummary> scope;

    final OrgUnitSummary province;
    /** Whether a unit lies below another in the whole tree, through ended levels too (a dissolved district). */
    private final java.util.function.BiPredicate<Long, Long> within;

    private final Map<Long, Map<Long, BigDecimal>> baselines;
    private final Map<String, SetTarget> overrides;
    private final Map<String, TargetCell> cells = new HashMap<>();

    Book(
            IndicatorPlan settings,
            PlanSummary root,
            PlanSummary context,
            Map<Long, PlanSummary> plans,
            List<Indicator> indicators,
            List<Milestone> milestones,
            List<RuleStep> steps,
            List<Period> periods,
            List<Exclusion> exclusions,
            List<Baseline> baselines,
            List<SetTarget> overrides,
            List<OrgUnitSummary> activeUnits,
            java.util.function.BiPredicate<Long, Long> within) {
        this.within = within;
        this.settings = settings;
        this.root = root;
        this.context = context;
        this.plans = plans;
        this.indicators = indicators;
        this.milestones = milestones;
        this.steps = steps;
        this.periods = periods;
        this.exclusions = new HashMap<>();
        exclusions.forEach(e -> this.exclusions.put(e.unitId, e));
        this.units = new HashMap<>();
        activeUnits.forEach(u -> this.units.put(u.id(), u));
        this.baselines = new HashMap<>();
        for (Baseline b : baselines) {
            this.baselines.computeIfAbsent(b.indicatorId, k -> new HashMap<>()).put(b.unitId, b.value);
        }
        this.overrides = new HashMap<>();
        overrides.forEach(o -> this.overrides.put(key(o.indicatorId(), o.unitId(), o.milestoneId()), o));
        List<OrgUnitSummary> inScope = new ArrayList<>();
        OrgUnitSummary top = null;
        for (OrgUnitSummary unit : activeUnits) {
            if (!isWithin(unit.id(), root.issuingUnitId())) {
                continue;
            }
            UnitLevel level = UnitLevel.of(unit.kind());
            if (level == UnitLevel.PROVINCE) {
                top = unit;
            } else if (level != null && !this.exclusions.containsKey(unit.id())) {
                inScope.add(unit);
            }
        }
        this.scope = inScope;
        this.province = top;
    }

    private static String key(long indicator, long unit, long milestone) {
        return indicator + ":" + unit + ":" + milestone;
    }

    /**
     * Whether a unit of the plan is the given unit or lies below it; a commune left unchanged under its dissolved
     * district (not among the units of the day) counts through the whole tree.
     */
    boolean isWithin(long unitId, long ancestorId) {
        return units.containsKey(unitId) && within.test(unitId, ancestorId);
    }

    UnitLevel level(OrgUnitSummary unit) {
        return UnitLevel.of(unit.kind());
    }

    /** The district a commune belongs to, or null. */
    OrgUnitSummary district(OrgUnitSummary unit) {
        if (unit.kind() != OrgUnitKind.COMMUNE || unit.parentId() == null) {
            return null;
        }
        OrgUnitSummary parent = units.get(unit.parentId());
        return parent != null && parent.kind() == OrgUnitKind.DISTRICT ? parent : null;
    }

    boolean inScope(long unitId) {
        OrgUnitSummary unit = units.get(unitId);
        return unit != null
                && !exclusions.containsKey(unitId)
                && UnitLevel.of(unit.kind()) != null
                && isWithin(unitId, root.issuingUnitId());
    }

    BigDecimal baseline(long indicatorId, long unitId) {
        Map<Long, BigDecimal> byUnit = baselines.get(indicatorId);
        return byUnit == null ? null : byUnit.get(unitId);
    }

    SetTarget override(long indicatorId, long unitId, long milestoneId) {
        return overrides.get(key(indicatorId, unitId, milestoneId));
    }

    int indicatorIndex(long indicatorId) {
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).id == indicatorId) {
                return i;
            }
        }
        return -1;
    }

    int milestoneIndex(long milestoneId) {
        for (int i = 0; i < milestones.size(); i++) {
            if (milestones.get(i).id == milestoneId) {
                return i;
            }
        }
        return -1;
    }

    /** A unit's target cell; communes inherit their district's final target unless overridden. */
    TargetCell cell(OrgUnitSummary unit, Indicator indicator, Milestone milestone) {
        String key = key(indicator.id, unit.id(), milestone.id);
        TargetCell known = cells.get(key);
        if (known != null) {
            return known;
        }
        UnitLevel level = level(unit);
        BigDecimal baseline = baseline(indicator.id, unit.id());
        BigDecimal computed;
        String inheritedFrom = null;
        OrgUnitSummary district = level == UnitLevel.COMMUNE ? district(unit) : null;
        if (level == UnitLevel.PROVINCE) {
            computed = provinceTarget(indicator, milestone);
        } else if (district != null && !exclusions.containsKey(district.id())) {
            computed = cell(district, indicator, milestone).target();
            inheritedFrom = district.name();
        } else {
            boolean last = milestone == milestones.getLast();
            computed = TargetRule.compute(indicator, milestone.id, last, level, baseline, steps);
        }
        SetTarget override = override(indicator.id, unit.id(), milestone.id);
        TargetCell cell;
        if (override != null) {
            PlanSummary in = plans.get(override.setInPlanId());
            cell = new TargetCell(
                    baseline,
                    computed,
                    override.value(),
                    CellSource.OVERRIDE,
                    inheritedFrom,
                    override.reason(),
                    override.setBy(),
                    override.setAt(),
                    in == null ? null : label(in));
        } else {
            CellSource source =
                    computed == null ? CellSource.NONE : inheritedFrom != null ? CellSource.INHERITED : CellSource.RULE;
            cell = new TargetCell(baseline, computed, computed, source, inheritedFrom, null, null, null, null);
        }
        cells.put(key, cell);
        return cell;
    }

    /** The province's own aggregate is measured against the central target (or the fixed one). */
    private static BigDecimal provinceTarget(Indicator indicator, Milestone milestone) {
        return switch (indicator.ruleKind) {
            case CENTRAL_PLUS -> indicator.centralTarget;
            case FIXED -> indicator.fixedTarget;
            case MANUAL -> null;
        };
    }

    /** The target in force for a period: the one of the first milestone on or after the period's end. */
    Milestone milestoneFor(Period period) {
        for (Milestone m : milestones) {
            if (!m.date.isBefore(period.endDate)) {
                return m;
            }
        }
        return milestones.isEmpty() ? null : milestones.getLast();
    }

    static String label(PlanSummary plan) {
        return plan.number() != null ? plan.number() : plan.issuingUnitName() + " – " + plan.year();
    }

    IndicatorSet set() {
        List<MilestoneInfo> ms = new ArrayList<>();
        for (Milestone m : milestones) {
            ms.add(new MilestoneInfo(m.id, m.seq, m.kind, m.dayNumber, m.label, m.date, m == milestones.getLast()));
        }
        List<ExclusionInfo> ex = exclusions.values().stream()
                .map(e -> new ExclusionInfo(
                        e.unitId,
                        units.containsKey(e.unitId) ? units.get(e.unitId).name() : "",
                        e.reason))
                .sorted(java.util.Comparator.comparing(ExclusionInfo::unitName))
                .toList();
        List<StepInfo> st = steps.stream()
                .map(s -> new StepInfo(
                        s.indicatorId,
                        s.milestoneId,
                        milestones.stream()
                                .filter(m -> m.id.equals(s.milestoneId))
                                .map(m -> m.label)
                                .findFirst()
                                .orElse(""),
                        s.level,
                        s.belowValue,
                        s.stepAbove))
                .toList();
        return new IndicatorSet(
                root.id(),
                context.id(),
                label(root),
                settings.cadence,
                indicators.stream().map(IndicatorInfo::of).toList(),
                ms,
                periods.stream().map(PeriodInfo::of).toList(),
                ex,
                st);
    }
}
