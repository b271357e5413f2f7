package vn.cchc.portal.plan;

import java.util.List;
import java.util.Optional;

/** A plan with its header, items and printed milestones, and what the caller may do with it. */
public record PlanDetail(
        PlanSummary summary,
        PlanHeaderForm header,
        List<PlanItemView> items,
        boolean editable,
        boolean canManage,
        List<PlanMilestone> milestones) {

    public PlanDetail {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    public Optional<PlanMilestone> milestone(MilestoneKind kind) {
        return milestones.stream().filter(m -> m.getKind() == kind).findFirst();
    }
}
