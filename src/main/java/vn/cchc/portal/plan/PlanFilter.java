package vn.cchc.portal.plan;

/** Filters of the plan list; null means any. */
public record PlanFilter(Integer year, PlanKind kind, PlanStatus status, Long issuingUnitId, String query) {

    public static PlanFilter all() {
        return new PlanFilter(null, null, null, null, null);
    }
}
