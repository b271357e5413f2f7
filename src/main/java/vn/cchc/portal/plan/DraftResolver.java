package vn.cchc.portal.plan;

import org.springframework.stereotype.Component;
import vn.cchc.portal.organization.OrgUnitMatcher;
import vn.cchc.portal.organization.UnitMatch;
import vn.cchc.portal.shared.BusinessException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Saves item drafts (from an Excel appendix or the demo data) as plan items: the printed unit texts are kept as
 * written and resolved beside them to units and groups (every unit or group the lead text names leads), criterion
 * codes to criteria, printed deadlines to due days; words that name no unit are also kept in the item's note.
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
        return save(plan, parentId, drafts, day, fallbackLead, new IdentityHashMap<>());
    }

    /** As {@link #save(Plan, Long, List, LocalDate, Long)}, telling which item each draft became. */
    int save(
            Plan plan,
            Long parentId,
            List<PlanItemDraft> drafts,
            LocalDate day,
            Long fallbackLead,
            Map<PlanItemDraft, PlanItem> saved) {
        int after = items.findByPlanIdOrderBySortOrder(plan.id).stream()
                .filter(i -> java.util.Objects.equals(i.parentId, parentId))
                .mapToInt(i -> i.sortOrder)
                .max()
                .orElse(0);
        return save(plan, parentId, after + 10, drafts, day, fallbackLead, saved, criteria.finder(plan.year));
    }

    /** Saves drafts from the given sort order on; the children of a new item start at 10. */
    private int save(
            Plan plan,
            Long parentId,
            int firstOrder,
            List<PlanItemDraft> drafts,
            LocalDate day,
            Long fallbackLead,
            Map<PlanItemDraft, PlanItem> saved,
            java.util.function.Function<String, java.util.Optional<Long>> criterion) {
        int order = firstOrder;
        int count = 0;
        for (PlanItemDraft draft : drafts) {
            PlanItem item = resolve(draft, day, fallbackLead, criterion);
            item.planId = plan.id;
            item.parentId = parentId;
            item.sortOrder = order;
            order += 10;
            items.save(item);
            saved.put(draft, item);
            if (item.kind == PlanItemKind.ITEM) {
                count++;
            }
            count += save(plan, item.id, 10, draft.children(), day, fallbackLead, saved, criterion);
        }
        return count;
    }

    private PlanItem resolve(
            PlanItemDraft draft,
            LocalDate day,
            Long fallbackLead,
            java.util.function.Function<String, java.util.Optional<Long>> criterion) {
        PlanItem item = new PlanItem();
        item.kind = draft.kind();
        item.number = draft.number();
        item.title = draft.title();
        item.goal = draft.goal();
        item.tasks = draft.tasks();
        item.timeframe = draft.timeframe();
        item.deadline = draft.deadline();
        item.deadlineTime = draft.deadlineTime();
        if (item.deadline == null) {
            PrintedDates.due(draft.timeframe()).ifPresent(due -> {
                item.deadline = due.date();
                item.deadlineTime = due.time();
            });
        }
        item.criterionId = criterion.apply(draft.criterionCode()).orElse(null);
        if (draft.kind() == PlanItemKind.GROUP) {
            return item;
        }
        item.leadText = draft.leadText();
        item.coordinatingText = draft.coordinatingText();
        List<ItemAssignee> leads = new ArrayList<>();
        Set<ItemAssignee> assignees = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();
        String lead = draft.leadText();
        if (lead != null && !lead.isBlank()) {
            UnitMatch match = matcher.match(lead, day);
            match.assignees().forEach(a -> leads.add(toAssignee(a).asLead(true)));
            if (match.assignees().isEmpty() && fallbackLead != null) {
                // an office inside the issuing unit (Công an xã, công chức …): the unit leads, the text stays printed
                leads.add(ItemAssignee.unit(fallbackLead).asLead(true));
            } else {
                notes.addAll(match.notes());
                notes.addAll(match.unmatched());
            }
        } else if (fallbackLead != null) {
            leads.add(ItemAssignee.unit(fallbackLead).asLead(true));
        }
        // the first lead unit is the item's lead unit; further units and lead groups lead beside it
        for (ItemAssignee l : leads) {
            if (item.leadUnitId == null && l.getUnitId() != null) {
                item.leadUnitId = l.getUnitId();
            } else {
                assignees.add(l);
            }
        }
        if (draft.coordinatingText() != null && !draft.coordinatingText().isBlank()) {
            UnitMatch match = matcher.match(draft.coordinatingText(), day);
            for (UnitMatch.Assignee a : match.assignees()) {
                ItemAssignee coordinating = toAssignee(a);
                boolean alreadyLeads = coordinating.getUnitId() != null
                                && coordinating.getUnitId().equals(item.leadUnitId)
                        || assignees.stream().anyMatch(x -> x.isLead() && x.sameTarget(coordinating));
                if (!alreadyLeads) {
                    assignees.add(coordinating);
                }
            }
            notes.addAll(match.notes());
            notes.addAll(match.unmatched());
        }
        item.assignees = new ArrayList<>(assignees);
        for (PlanItemDraft.Exclusion exclusion : draft.exclusions()) {
            long unitId = matcher.matchOne(exclusion.unitText(), day)
                    .filter(a -> !a.isGroup())
                    .map(UnitMatch.Assignee::unitId)
                    .orElseThrow(() -> BusinessException.of("error.plan.excludedUnitNotFound", exclusion.unitText()));
            item.exclusions.add(new ItemExclusion(unitId, exclusion.reason()));
        }
        item.coordinatingNote = notes.isEmpty() ? null : String.join("; ", new LinkedHashSet<>(notes));
        if (item.coordinatingNote != null && item.coordinatingNote.length() > 2000) {
            item.coordinatingNote = item.coordinatingNote.substring(0, 1999) + "…";
        }
        return item;
    }

    private static ItemAssignee toAssignee(UnitMatch.Assignee assignee) {
        return assignee.isGroup() ? ItemAssignee.group(assignee.group()) : ItemAssignee.unit(assignee.unitId());
    }
}
