package vn.cchc.portal.plan;

import org.springframework.stereotype.Component;
import vn.cchc.portal.organization.Addressing;
import vn.cchc.portal.organization.OrgUnitGroup;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a plan's items reach the level below: which items concern a unit below the issuer, and the sub-plan items
 * that carry them down. An item that names units below the unit (its communes, "UBND cấp xã") is passed on: in the
 * unit's own plan each of those units leads its own part. An item that names only the unit stays the unit's own
 * task in the parent plan; its sub-plan keeps the item as the unit's own work, with no second assignment.
 */
@Component
class Cascade {

    private final PlanItemRepository items;
    private final PlanMapper mapper;
    private final OrgUnitService units;

    Cascade(PlanItemRepository items, PlanMapper mapper, OrgUnitService units) {
        this.items = items;
        this.mapper = mapper;
        this.units = units;
    }

    /** A unit below an issuer, with what lies below it, read once for many items. */
    final class Scope {
        private final OrgUnitSummary unit;
        private final LocalDate day;
        private final Addressing below;
        private final Map<OrgUnitGroup, Boolean> groups = new java.util.EnumMap<>(OrgUnitGroup.class);

        private Scope(OrgUnitSummary unit, LocalDate day) {
            this.unit = unit;
            this.day = day;
            this.below = units.addressing(unit.id(), day);
        }

        private boolean isBelow(long unitId) {
            return unitId != unit.id() && below.addressee(unitId).isPresent();
        }

        private boolean hasMembersBelow(OrgUnitGroup group) {
            return groups.computeIfAbsent(
                    group, g -> units.expandWithin(g, unit.id(), day).stream().anyMatch(u -> u.id() != unit.id()));
        }
    }

    Scope scope(OrgUnitSummary unit, LocalDate day) {
        return new Scope(unit, day);
    }

    /** True when the item names the unit, a group of its kind, or units below it. */
    boolean concerns(PlanItem item, Scope scope) {
        OrgUnitSummary unit = scope.unit;
        if (item.kind != PlanItemKind.ITEM || item.exclusions.stream().anyMatch(x -> x.getUnitId() == unit.id())) {
            return false;
        }
        if (Long.valueOf(unit.id()).equals(item.leadUnitId)) {
            return true;
        }
        for (ItemAssignee assignee : item.assignees) {
            if (Long.valueOf(unit.id()).equals(assignee.getUnitId())
                    || (assignee.getGroup() != null && assignee.getGroup().kind() == unit.kind())) {
                return true;
            }
        }
        return !below(item, scope).isEmpty();
    }

    /** The units and groups below the unit that the item names: what the unit passes on. */
    List<ItemAssignee> below(PlanItem item, Scope scope) {
        List<ItemAssignee> out = new ArrayList<>();
        List<ItemAssignee> named = new ArrayList<>(item.assignees);
        if (item.leadUnitId != null) {
            named.add(ItemAssignee.unit(item.leadUnitId).asLead(true));
        }
        for (ItemAssignee assignee : named) {
            if (assignee.getUnitId() != null
                    ? scope.isBelow(assignee.getUnitId())
                    : assignee.getGroup().kind() != scope.unit.kind() && scope.hasMembersBelow(assignee.getGroup())) {
                out.add(assignee.asLead(true));
            }
        }
        return List.copyOf(new LinkedHashSet<>(out));
    }

    /**
     * Copies into the sub-plan the items of the parent that concern the unit, with the headings above them and the
     * narrative items that spell out their tasks; returns the number of ITEM rows copied.
     */
    int inherit(Plan parent, Plan sub, OrgUnitSummary unit, LocalDate day) {
        Scope scope = scope(unit, day);
        List<PlanItemView> views = mapper.items(parent.id);
        Map<Long, PlanItem> byId = new HashMap<>();
        items.findByPlanIdOrderBySortOrder(parent.id).forEach(i -> byId.put(i.id, i));
        Set<Long> keep = new HashSet<>();
        for (PlanItemView view : views) {
            PlanItem item = byId.get(view.id());
            if (concerns(item, scope)) {
                keepWithHeadings(item.id, byId, keep);
                if (item.narrativeItemId != null && byId.containsKey(item.narrativeItemId)) {
                    keepWithHeadings(item.narrativeItemId, byId, keep);
                }
            }
        }
        Map<Long, Long> ids = new HashMap<>();
        List<PlanItem> copies = new ArrayList<>();
        int count = 0;
        for (PlanItemView view : views) {
            if (!keep.contains(view.id())) {
                continue;
            }
            PlanItem source = byId.get(view.id());
            PlanItem copy = source.copyInto(sub.id, source.parentId == null ? null : ids.get(source.parentId));
            copy.sourceItemId = source.id;
            if (copy.kind == PlanItemKind.ITEM) {
                carryDown(source, copy, scope);
                count++;
            }
            items.save(copy);
            ids.put(source.id, copy.id);
            copies.add(copy);
        }
        for (PlanItem copy : copies) {
            copy.narrativeItemId = copy.narrativeItemId == null ? null : ids.get(copy.narrativeItemId);
        }
        items.flush();
        return count;
    }

    private static void keepWithHeadings(Long id, Map<Long, PlanItem> byId, Set<Long> keep) {
        while (id != null && keep.add(id)) {
            id = byId.get(id).parentId;
        }
    }

    /** The units the copy addresses in the unit's own plan, and its printed texts. */
    private void carryDown(PlanItem source, PlanItem copy, Scope scope) {
        OrgUnitSummary unit = scope.unit;
        List<ItemAssignee> below = below(source, scope);
        copy.coordinatingText = null;
        copy.coordinatingNote = null;
        copy.exclusions = new ArrayList<>(source.exclusions.stream()
                .filter(x -> scope.isBelow(x.getUnitId()))
                .toList());
        if (below.isEmpty()) {
            copy.leadUnitId = unit.id();
            copy.assignees = new ArrayList<>();
            copy.leadText = unit.name();
        } else {
            // passed on: each unit below leads its own part of the unit's task
            copy.leadUnitId = null;
            copy.assignees = new ArrayList<>(below);
            copy.leadText = String.join(
                    "; ",
                    below.stream()
                            .map(a -> a.getUnitId() != null
                                    ? units.nameOf(a.getUnitId())
                                    : AssigneeLabels.group(a.getGroup()))
                            .toList());
        }
        if (Objects.equals(copy.leadText, "")) {
            copy.leadText = null;
        }
    }
}
