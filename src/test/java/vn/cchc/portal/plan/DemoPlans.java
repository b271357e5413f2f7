package vn.cchc.portal.plan;

import vn.cchc.portal.organization.OrgUnitService;

/** Looks up the demo plans, their items and units in tests of several features. */
public record DemoPlans(PlanService plans, OrgUnitService units) {

    /** The last day of the structure the 2023–2025 plans were written for. */
    public static final java.time.LocalDate LAST_DAY_OF_THE_DISTRICTS = java.time.LocalDate.of(2025, 6, 30);

    /** A demo plan by its seed key ("629/KH-UBND/2024", "live/2026/tinh"). */
    public PlanDetail plan(String key) {
        return plans.get(plans.findByKey(key).orElseThrow().id());
    }

    /**
     * A unit by its code ("STP", "P-PLEIKU"), also one ended on 30/06/2025 ("H04", "X047"): the 2023–2025 plans
     * address those.
     */
    public long unit(String code) {
        return units.find(code)
                .or(() -> units.unitsOn(LAST_DAY_OF_THE_DISTRICTS).stream()
                        .filter(u -> u.code().equalsIgnoreCase(code))
                        .findFirst())
                .orElseThrow()
                .id();
    }

    /** The first task of the plan with this number, in document order. */
    public static PlanItemView item(PlanDetail plan, String number) {
        return plan.items().stream()
                .filter(i -> i.kind() == PlanItemKind.ITEM && number.equals(i.number()))
                .findFirst()
                .orElseThrow();
    }
}
