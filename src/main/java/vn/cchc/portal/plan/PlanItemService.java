package vn.cchc.portal.plan;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.shared.Access;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Texts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Items of a draft plan: add, edit, delete, reorder, duplicate. Every change is recorded. */
@Service
@Transactional
public class PlanItemService {

    private final PlanItemRepository items;
    private final PlanService plans;
    private final PlanAuditor auditor;

    PlanItemService(PlanItemRepository items, PlanService plans, PlanAuditor auditor) {
        this.items = items;
        this.plans = plans;
        this.auditor = auditor;
    }

    /** Adds an item at the end of its parent (or of the plan). */
    @PreAuthorize(Access.ADMIN_PLANNER_OR_UNIT_HEAD)
    public long add(PlanItemForm form) {
        PlanValidation.item(form);
        Plan plan = plans.editable(form.getPlanId());
        PlanValidation.itemDeadline(plan, form);
        PlanItem parent = form.getParentId() == null ? null : itemOf(plan, form.getParentId());
        if (parent != null && parent.kind != PlanItemKind.GROUP) {
            throw BusinessException.of("error.item.childOnlyUnderGroup");
        }
        checkNumberFree(plan.id, form.getParentId(), form.getNumber());
        PlanItem item = new PlanItem();
        item.planId = plan.id;
        item.parentId = form.getParentId();
        item.sortOrder = nextOrder(plan.id, form.getParentId());
        apply(item, form);
        items.saveAndFlush(item);
        auditor.record(plan.id, item.id, "ITEM_ADDED");
        auditItem(plan.id, item.id, "ITEM_ADDED", new PlanItemForm(), form);
        touch(plan);
        return item.id;
    }

    @PreAuthorize(Access.ADMIN_PLANNER_OR_UNIT_HEAD)
    public void update(PlanItemForm form) {
        PlanValidation.item(form);
        Plan plan = plans.editable(form.getPlanId());
        PlanValidation.itemDeadline(plan, form);
        PlanItem item = itemOf(plan, form.getId());
        if (item.version != form.getVersion()) {
            throw BusinessException.of(PlanValidation.ITEM_STALE);
        }
        if (item.kind != form.getKind() && hasChildren(plan.id, item.id)) {
            throw BusinessException.of("error.item.kindLockedByChildren");
        }
        PlanItemForm before = formOf(item);
        apply(item, form);
        items.saveAndFlush(item);
        auditItem(plan.id, item.id, "ITEM_UPDATED", before, form);
        touch(plan);
    }

    /** Deletes an item and everything under it. */
    @PreAuthorize(Access.ADMIN_PLANNER_OR_UNIT_HEAD)
    public void delete(long planId, long itemId) {
        Plan plan = plans.editable(planId);
        PlanItem item = itemOf(plan, itemId);
        List<PlanItem> subtree = subtree(plan.id, item);
        for (int i = subtree.size() - 1; i >= 0; i--) {
            PlanItem victim = subtree.get(i);
            auditor.field(plan.id, victim.id, "ITEM_DELETED", "title", label(victim), null);
            items.delete(victim);
        }
        items.flush();
        touch(plan);
    }

    /** Moves an item one place up (delta −1) or down (+1) among its siblings. */
    @PreAuthorize(Access.ADMIN_PLANNER_OR_UNIT_HEAD)
    public void move(long planId, long itemId, int delta) {
        Plan plan = plans.editable(planId);
        PlanItem item = itemOf(plan, itemId);
        List<PlanItem> siblings = siblings(plan.id, item.parentId);
        int index = siblings.indexOf(item);
        int target = index + Integer.signum(delta);
        if (target < 0 || target >= siblings.size()) {
            return;
        }
        siblings.remove(index);
        siblings.add(target, item);
        renumber(siblings);
        auditor.field(plan.id, item.id, "ITEM_MOVED", "position", index + 1, target + 1);
        touch(plan);
    }

    /** Copies an item (with its sub-items) right after itself. */
    @PreAuthorize(Access.ADMIN_PLANNER_OR_UNIT_HEAD)
    public long duplicate(long planId, long itemId) {
        Plan plan = plans.editable(planId);
        PlanItem item = itemOf(plan, itemId);
        PlanItem copy = copyTree(item, plan.id, item.parentId);
        List<PlanItem> siblings = siblings(plan.id, item.parentId);
        siblings.remove(copy);
        siblings.add(siblings.indexOf(item) + 1, copy);
        renumber(siblings);
        auditor.field(plan.id, copy.id, "ITEM_DUPLICATED", "source", null, item.id);
        touch(plan);
        return copy.id;
    }

    /** Copies an item and its subtree into a plan; returns the new root. */
    PlanItem copyTree(PlanItem source, long targetPlanId, Long targetParentId) {
        PlanItem copy = items.saveAndFlush(source.copyInto(targetPlanId, targetParentId));
        for (PlanItem child : siblings(source.planId, source.id)) {
            copyTree(child, targetPlanId, copy.id);
        }
        return copy;
    }

    /** Appends already resolved items (import, demo data) to a draft, all in the caller's transaction. */
    void append(Plan plan, Long parentId, List<PlanItem> newItems) {
        int order = nextOrder(plan.id, parentId);
        for (PlanItem item : newItems) {
            item.planId = plan.id;
            item.parentId = parentId;
            item.sortOrder = order;
            order += 10;
        }
    }

    private PlanItem itemOf(Plan plan, Long itemId) {
        PlanItem item = itemId == null ? null : items.findById(itemId).orElse(null);
        if (item == null || !item.planId.equals(plan.id)) {
            throw BusinessException.of("error.item.notFound");
        }
        return item;
    }

    private boolean hasChildren(long planId, long itemId) {
        return !siblings(planId, itemId).isEmpty();
    }

    List<PlanItem> siblings(long planId, Long parentId) {
        List<PlanItem> list = new ArrayList<>(items.findByPlanIdOrderBySortOrder(planId).stream()
                .filter(i -> Objects.equals(i.parentId, parentId))
                .toList());
        list.sort(Comparator.comparingInt((PlanItem i) -> i.sortOrder).thenComparing(i -> i.id));
        return list;
    }

    private List<PlanItem> subtree(long planId, PlanItem root) {
        List<PlanItem> out = new ArrayList<>();
        out.add(root);
        for (PlanItem child : siblings(planId, root.id)) {
            out.addAll(subtree(planId, child));
        }
        return out;
    }

    /**
     * A new item's number is its natural key among its siblings: a second "1" under the same heading is the same
     * item saved twice (a double click, a form sent again), refused with a message.
     */
    private void checkNumberFree(long planId, Long parentId, String number) {
        String wanted = Texts.nfcOrNull(number);
        if (wanted == null) {
            return;
        }
        boolean taken = items.findByPlanIdOrderBySortOrder(planId).stream()
                .anyMatch(i -> java.util.Objects.equals(i.parentId, parentId) && wanted.equals(i.number));
        if (taken) {
            throw BusinessException.of("error.item.numberTaken", wanted);
        }
    }

    private int nextOrder(long planId, Long parentId) {
        return siblings(planId, parentId).stream()
                        .mapToInt(i -> i.sortOrder)
                        .max()
                        .orElse(0)
                + 10;
    }

    private void renumber(List<PlanItem> siblings) {
        int order = 10;
        for (PlanItem sibling : siblings) {
            sibling.sortOrder = order;
            order += 10;
        }
        items.saveAllAndFlush(siblings);
    }

    private void touch(Plan plan) {
        plans.stamp(plan, false);
    }

    private static String label(PlanItem item) {
        if (item.number == null || item.title == null) {
            return item.number == null ? item.title : item.number;
        }
        return item.number + " – " + item.title;
    }

    static void apply(PlanItem item, PlanItemForm form) {
        item.number = form.getNumber();
        item.kind = form.getKind();
        item.title = form.getTitle();
        item.criterionId = form.getCriterionId();
        item.goal = form.getGoal();
        item.tasks = form.getTasks();
        item.leadUnitId = form.getKind() == PlanItemKind.GROUP ? null : form.getLeadUnitId();
        item.assignees = form.getKind() == PlanItemKind.GROUP
                ? new ArrayList<>()
                : new ArrayList<>(form.getAssignees().stream().distinct().toList());
        item.coordinatingNote = form.getCoordinatingNote();
        item.exclusions = form.getKind() == PlanItemKind.GROUP
                ? new ArrayList<>()
                : new ArrayList<>(form.getExclusions().stream().distinct().toList());
        item.leadText = form.getKind() == PlanItemKind.GROUP ? null : form.getLeadText();
        item.coordinatingText = form.getKind() == PlanItemKind.GROUP ? null : form.getCoordinatingText();
        item.timeframe = form.getTimeframe();
        item.deadline = form.getDeadline();
        item.deadlineTime = form.getDeadline() == null ? null : form.getDeadlineTime();
        item.normalise();
    }

    private static PlanItemForm formOf(PlanItem item) {
        PlanItemForm form = new PlanItemForm();
        form.setNumber(item.number);
        form.setKind(item.kind);
        form.setTitle(item.title);
        form.setCriterionId(item.criterionId);
        form.setGoal(item.goal);
        form.setTasks(item.tasks);
        form.setLeadUnitId(item.leadUnitId);
        form.setAssignees(new ArrayList<>(item.assignees));
        form.setCoordinatingNote(item.coordinatingNote);
        form.setTimeframe(item.timeframe);
        form.setDeadline(item.deadline);
        form.setDeadlineTime(item.deadlineTime);
        form.setLeadText(item.leadText);
        form.setCoordinatingText(item.coordinatingText);
        form.setExclusions(new ArrayList<>(item.exclusions));
        return form;
    }

    private void auditItem(long planId, long itemId, String action, PlanItemForm before, PlanItemForm after) {
        auditor.field(planId, itemId, action, "number", before.getNumber(), after.getNumber());
        auditor.field(planId, itemId, action, "kind", before.getKind(), after.getKind());
        auditor.field(planId, itemId, action, "title", before.getTitle(), after.getTitle());
        auditor.field(planId, itemId, action, "criterionId", before.getCriterionId(), after.getCriterionId());
        auditor.field(planId, itemId, action, "goal", before.getGoal(), after.getGoal());
        auditor.field(planId, itemId, action, "tasks", before.getTasks(), after.getTasks());
        auditor.field(planId, itemId, action, "leadUnitId", before.getLeadUnitId(), after.getLeadUnitId());
        auditor.field(planId, itemId, action, "assignees", before.getAssignees(), after.getAssignees());
        auditor.field(
                planId, itemId, action, "coordinatingNote", before.getCoordinatingNote(), after.getCoordinatingNote());
        auditor.field(planId, itemId, action, "timeframe", before.getTimeframe(), after.getTimeframe());
        auditor.field(planId, itemId, action, "deadline", before.getDeadline(), after.getDeadline());
        auditor.field(planId, itemId, action, "deadlineTime", before.getDeadlineTime(), after.getDeadlineTime());
        auditor.field(planId, itemId, action, "leadText", before.getLeadText(), after.getLeadText());
        auditor.field(
                planId, itemId, action, "coordinatingText", before.getCoordinatingText(), after.getCoordinatingText());
        auditor.field(planId, itemId, action, "exclusions", before.getExclusions(), after.getExclusions());
    }
}
