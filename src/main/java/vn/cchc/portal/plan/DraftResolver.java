package vn.cchc.portal.plan;

import org.springframework.stereotype.Component;
import vn.cchc.portal.organization.OrgUnitMatcher;
import vn.cchc.portal.organization.UnitMatch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Saves item drafts (from an Excel appendix or the demo data) as plan items: unit texts are resolved to units and
 * groups, criterion codes to criteria; words that name no unit are kept in the item's note, never dropped.
 */
@Component
class DraftResolver {

    private final PlanItemRepository items;
    private final OrgUnitMatcher matcher;
    private final CriterionLookup criteria;

    DraftResolver(PlanItemRepository items, OrgUnitMatcher matcher, CriterionLookup criteria) {
        this.items = items;
        this.matcher = matcher;
        this.criteria = criteria;
    }

    /**
     * Saves the drafts under a parent (or at the top of the plan) after the existing items; returns the number
     * of ITEM rows saved. {@code fallbackLead} leads items whose source names no lead (a commune's own tasks).
     */
    int save(Plan plan, Long parentId, List<PlanItemDraft> drafts, LocalDate day, Long fallbackLead) {
        int order = items.findByPlanIdOrderBySortOrder(plan.id).stream()
                .filter(i -> java.util.Objects.equals(i.parentId, parentId))
                .mapToInt(i -> i.sortOrder).max().orElse(0) + 10;
        int count = 0;
        for (PlanItemDraft draft : drafts) {
            PlanItem item = resolve(draft, plan, day, fallbackLead);
            item.planId = plan.id;
            item.parentId = parentId;
            item.sortOrder = order;
            order += 10;
            items.save(item);
            if (item.kind == PlanItemKind.ITEM) {
                count++;
            }
            count += save(plan, item.id, draft.children(), day, fallbackLead);
        }
        return count;
    }

    private PlanItem resolve(PlanItemDraft draft, Plan plan, LocalDate day, Long fallbackLead) {
        PlanItem item = new PlanItem();
        item.kind = draft.kind();
        item.number = draft.number();
        item.title = draft.title();
        item.goal = draft.goal();
        item.tasks = draft.tasks();
        item.timeframe = draft.timeframe();
        item.deadline = draft.deadline();
        item.criterionId = draft.criterionCode() == null ? null
                : criteria.find(plan.year, draft.criterionCode()).orElse(null);
        if (draft.kind() == PlanItemKind.GROUP) {
            return item;
        }
        Set<ItemAssignee> assignees = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();
        String lead = draft.leadText();
        if (lead != null && !lead.isBlank()) {
            Optional<UnitMatch.Assignee> one = matcher.matchOne(lead, day);
            if (one.isPresent()) {
                item.leadUnitId = one.get().unitId();
            } else {
                UnitMatch match = matcher.match(lead, day);
                for (UnitMatch.Assignee assignee : match.assignees()) {
                    if (item.leadUnitId == null && !assignee.isGroup()) {
                        item.leadUnitId = assignee.unitId();
                    } else {
                        assignees.add(toAssignee(assignee));
                    }
                }
                if (match.assignees().isEmpty() && fallbackLead != null) {
                    // an office inside the issuing unit (Công an xã, công chức …): the unit leads, the office is noted
                    item.leadUnitId = fallbackLead;
                    notes.add("Chủ trì: " + lead.strip());
                } else {
                    notes.addAll(match.unmatched());
                }
            }
        }
        if (item.leadUnitId == null && (lead == null || lead.isBlank())) {
            item.leadUnitId = fallbackLead;
        }
        if (draft.coordinatingText() != null && !draft.coordinatingText().isBlank()) {
            UnitMatch match = matcher.match(draft.coordinatingText(), day);
            match.assignees().forEach(a -> assignees.add(toAssignee(a)));
            notes.addAll(match.notes());
            notes.addAll(match.unmatched());
        }
        if (item.leadUnitId != null) {
            assignees.remove(ItemAssignee.unit(item.leadUnitId));
        }
        item.assignees = new ArrayList<>(assignees);
        item.coordinatingNote = notes.isEmpty() ? null : String.join("; ", notes);
        if (item.coordinatingNote != null && item.coordinatingNote.length() > 2000) {
            item.coordinatingNote = item.coordinatingNote.substring(0, 1999) + "…";
        }
        return item;
    }

    private static ItemAssignee toAssignee(UnitMatch.Assignee assignee) {
        return assignee.isGroup() ? ItemAssignee.group(assignee.group()) : ItemAssignee.unit(assignee.unitId());
    }
}
