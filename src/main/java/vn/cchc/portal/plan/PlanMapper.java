package vn.cchc.portal.plan;

import org.springframework.stereotype.Component;
import vn.cchc.portal.criterion.CriterionSummary;
import vn.cchc.portal.organization.OrgUnitService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Turns plan entities into the records views and reports use. */
@Component
class PlanMapper {

    private final OrgUnitService units;
    private final PlanItemRepository items;
    private final CriterionLookup criteria;

    PlanMapper(OrgUnitService units, PlanItemRepository items, CriterionLookup criteria) {
        this.units = units;
        this.items = items;
        this.criteria = criteria;
    }

    PlanSummary summary(Plan plan) {
        return summary(plan, items.countByPlanIdAndKind(plan.id, PlanItemKind.ITEM));
    }

    /** Summaries of many plans in two statements: their item counts are read together. */
    List<PlanSummary> summaries(List<Plan> plans) {
        if (plans.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : items.countByPlans(plans.stream().map(p -> p.id).toList(), PlanItemKind.ITEM)) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return plans.stream()
                .map(p -> summary(p, counts.getOrDefault(p.id, 0L)))
                .toList();
    }

    private PlanSummary summary(Plan plan, long itemCount) {
        return new PlanSummary(
                plan.id,
                plan.number,
                plan.title,
                plan.kind,
                plan.year,
                plan.status,
                plan.issuingUnitId,
                units.nameOf(plan.issuingUnitId),
                plan.issueDate,
                plan.parentPlanId,
                plan.amendsPlanId,
                plan.versionNo,
                subPlanDue(plan),
                itemCount,
                plan.updatedAt,
                plan.updatedBy);
    }

    static java.time.LocalDate subPlanDue(Plan plan) {
        if (plan.subPlanDueDate != null) {
            return plan.subPlanDueDate;
        }
        if (plan.subPlanDueWorkingDays != null && plan.issueDate != null) {
            return WorkingDays.plus(plan.issueDate, plan.subPlanDueWorkingDays);
        }
        return null;
    }

    PlanHeaderForm header(Plan plan) {
        PlanHeaderForm form = new PlanHeaderForm();
        form.setId(plan.id);
        form.setVersion(plan.version);
        form.setNumber(plan.number);
        form.setIssuingUnitId(plan.issuingUnitId);
        form.setParentBody(plan.parentBody);
        form.setPlace(plan.place);
        form.setIssueDate(plan.issueDate);
        form.setKind(plan.kind);
        form.setYear(plan.year);
        form.setTitle(plan.title);
        form.setStartDate(plan.startDate);
        form.setEndDate(plan.endDate);
        form.setPreamble(plan.preamble);
        form.setLegalBases(plan.legalBases);
        form.setPurpose(plan.purpose);
        form.setRequirements(plan.requirements);
        form.setImplementation(plan.implementation);
        form.setRecipients(plan.recipients);
        form.setSigner(new vn.cchc.portal.shared.Signer(plan.signerAuthority, plan.signerTitle, plan.signerName));
        form.setSubPlanDueDate(plan.subPlanDueDate);
        form.setSubPlanDueWorkingDays(plan.subPlanDueWorkingDays);
        form.setReportingCadence(plan.reportingCadence);
        form.setSubPlanDueTime(plan.subPlanDueTime);
        form.setSubPlanDueText(plan.subPlanDueText);
        return form;
    }

    /** Items in document order: depth-first, siblings by sort order. */
    List<PlanItemView> items(long planId) {
        List<PlanItem> all = items.findByPlanIdOrderBySortOrder(planId);
        return tree(all, criteria.summaries(criterionIds(all)));
    }

    /** The items of several plans, each plan's in document order; in three statements whatever their number. */
    Map<Long, List<PlanItemView>> items(java.util.Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        List<PlanItem> all = items.findByPlanIdInOrderBySortOrder(planIds);
        Map<Long, CriterionSummary> found = criteria.summaries(criterionIds(all));
        Map<Long, List<PlanItem>> byPlan = new HashMap<>();
        all.forEach(
                i -> byPlan.computeIfAbsent(i.planId, k -> new ArrayList<>()).add(i));
        Map<Long, List<PlanItemView>> out = new HashMap<>();
        planIds.forEach(id -> out.put(id, tree(byPlan.getOrDefault(id, List.of()), found)));
        return out;
    }

    private static java.util.Set<Long> criterionIds(List<PlanItem> all) {
        return all.stream().map(i -> i.criterionId).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private List<PlanItemView> tree(List<PlanItem> all, Map<Long, CriterionSummary> found) {
        Map<Long, List<PlanItem>> children = new HashMap<>();
        List<PlanItem> roots = new ArrayList<>();
        for (PlanItem item : all) {
            if (item.parentId == null) {
                roots.add(item);
            } else {
                children.computeIfAbsent(item.parentId, k -> new ArrayList<>()).add(item);
            }
        }
        Comparator<PlanItem> order =
                Comparator.comparingInt((PlanItem i) -> i.sortOrder).thenComparing(i -> i.id);
        roots.sort(order);
        children.values().forEach(list -> list.sort(order));
        Map<Long, String> names = new HashMap<>();
        List<PlanItemView> out = new ArrayList<>();
        for (PlanItem root : roots) {
            walk(root, 0, children, found, names, out);
        }
        return out;
    }

    private void walk(
            PlanItem item,
            int depth,
            Map<Long, List<PlanItem>> children,
            Map<Long, CriterionSummary> found,
            Map<Long, String> names,
            List<PlanItemView> out) {
        out.add(view(item, depth, item.criterionId == null ? null : found.get(item.criterionId), names));
        for (PlanItem child : children.getOrDefault(item.id, List.of())) {
            walk(child, depth + 1, children, found, names, out);
        }
    }

    private PlanItemView view(PlanItem item, int depth, CriterionSummary criterion, Map<Long, String> names) {
        String lead = item.leadUnitId == null ? null : units.nameOf(item.leadUnitId);
        String assigneeNames = item.assignees.stream()
                .filter(a -> !a.isLead())
                .map(a -> label(a, names))
                .filter(Objects::nonNull)
                .collect(Collectors.joining("; "));
        if (item.coordinatingNote != null) {
            assigneeNames =
                    assigneeNames.isEmpty() ? item.coordinatingNote : assigneeNames + "; " + item.coordinatingNote;
        }
        List<ItemAssignee> leads = item.leads();
        String leadNames = leads.stream().map(a -> label(a, names)).collect(Collectors.joining("; "))
                + (leads.stream().anyMatch(a -> a.getGroup() != null) ? " (" + EACH_LEADS + ")" : "");
        List<PlanItemView.Exclusion> exclusions = item.exclusions.stream()
                .map(x -> new PlanItemView.Exclusion(
                        x.getUnitId(), names.computeIfAbsent(x.getUnitId(), units::labelOf), x.getReason()))
                .toList();
        return new PlanItemView(
                item.id,
                item.parentId,
                depth,
                item.sortOrder,
                item.number,
                item.kind,
                item.title,
                item.criterionId,
                criterion == null ? null : criterion.code(),
                criterion == null ? null : criterion.title(),
                item.goal,
                item.tasks,
                item.leadUnitId,
                lead,
                List.copyOf(item.assignees),
                assigneeNames,
                item.coordinatingNote,
                item.timeframe,
                item.deadline,
                item.sourceItemId,
                item.version,
                item.leadText,
                item.coordinatingText,
                leadNames.isEmpty() ? null : leadNames,
                item.deadlineTime,
                item.narrativeItemId,
                exclusions);
    }

    /** A unit as screens name it, with its district when another unit bears its name ("Xã Ayun (Huyện Chư Sê)"). */
    private String label(ItemAssignee a, Map<Long, String> names) {
        return a.getUnitId() != null
                ? names.computeIfAbsent(a.getUnitId(), units::labelOf)
                : AssigneeLabels.group(a.getGroup());
    }

    /** What a lead group means: every unit of the group leads its own part. */
    static final String EACH_LEADS = "nhóm: mỗi đơn vị chủ trì phần việc của mình";
}
