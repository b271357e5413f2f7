package vn.cchc.portal.plan;

import vn.cchc.portal.organization.OrgUnitService;

/** Looks up the demo plans, their items and units in tests of several features. */
public record DemoPlans(PlanService plans, OrgUnitService units) {

    /** A demo plan by its seed key ("629/KH-UBND/2024", "live/2026/tinh"). */
    public PlanDetail plan(String key) {
        return plans.get(plans.findByKey(key).orElseThrow().id());
    }

    /** A unit by its code ("STP", "H04", "X047"). */
    public long unit(String code) {
        return units.find(code).orElseThrow().id();
    }

    /** The first task of the plan with this number, in document order. */
    public static PlanItemView item(PlanDetail plan, String number) {
        return plan.items().stream()
                .filter(i -> i.kind() == PlanItemKind.ITEM && number.equals(i.number()))
                .findFirst()
                .orElseThrow();
    }
}
