package vn.cchc.portal.plan;

import java.util.List;

/** A plan with its header and items, and what the caller may do with it. */
public record PlanDetail(PlanSummary summary, PlanHeaderForm header, List<PlanItemView> items, boolean editable,
                         boolean canManage) {
}
