package vn.cchc.portal.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every unit (ended ones too) as one immutable tree: built from the table once, shared until a unit changes. */
final class UnitTree {

    /** A unit as the tree keeps it: a copy of the row, never a managed entity. */
    record Node(
            long id,
            String code,
            String name,
            String shortName,
            OrgUnitKind kind,
            Long parentId,
            int sortOrder,
            LocalDate validFrom,
            LocalDate validTo,
            Long successorId,
            boolean handlesProcedures,
            String aliases,
            String searchKey) {

        static Node of(OrgUnit unit) {
            return new Node(
                    unit.getId(),
                    unit.getCode(),
                    unit.getName(),
                    unit.getShortName(),
                    unit.getKind(),
                    unit.getParentId(),
                    unit.getSortOrder(),
                    unit.getValidFrom(),
                    unit.getValidTo(),
                    unit.getSuccessorId(),
                    unit.isHandlesProcedures(),
                    unit.getAliases(),
                    unit.getSearchKey());
        }

        boolean isActiveOn(LocalDate day) {
            return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
        }
    }

    private static final Comparator<Node> ORDER =
            Comparator.comparingInt(Node::sortOrder).thenComparing(Node::name);

    private final Map<Long, Node> byId = new HashMap<>();
    private final Map<Long, List<Node>> children = new HashMap<>();
    private final List<Node> roots = new ArrayList<>();
    private final Map<Long, OrgUnitSummary> summaries = new HashMap<>();
    private final UnitLabels labels;

    UnitTree(Collection<OrgUnit> units) {
        for (OrgUnit unit : units) {
            byId.put(unit.getId(), Node.of(unit));
        }
        for (Node node : byId.values()) {
            if (node.parentId() == null || !byId.containsKey(node.parentId())) {
                roots.add(node);
            } else {
                children.computeIfAbsent(node.parentId(), k -> new ArrayList<>())
                        .add(node);
            }
        }
        roots.sort(ORDER);
        children.values().forEach(list -> list.sort(ORDER));
        ordered(null).forEach(s -> summaries.put(s.id(), s));
        labels = UnitLabels.of(byId.values());
    }

    /** How screens name the units of this tree. */
    UnitLabels labels() {
        return labels;
    }

    Node node(long id) {
        return byId.get(id);
    }

    List<Node> children(long id) {
        return children.getOrDefault(id, List.of());
    }

    Collection<Node> nodes() {
        return byId.values();
    }

    /** The unit with its place in the tree, or null. */
    OrgUnitSummary summary(long id) {
        return summaries.get(id);
    }

    boolean isWithin(long unitId, long ancestorId) {
        Node unit = byId.get(unitId);
        int guard = 0;
        while (unit != null && guard++ < 100) {
            if (unit.id() == ancestorId) {
                return true;
            }
            unit = unit.parentId() == null ? null : byId.get(unit.parentId());
        }
        return false;
    }

    /** The unit and every unit below it, ended ones included. */
    java.util.Set<Long> subtree(long id) {
        java.util.Set<Long> out = new java.util.LinkedHashSet<>();
        java.util.ArrayDeque<Long> todo = new java.util.ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            long next = todo.pop();
            if (byId.containsKey(next) && out.add(next)) {
                children(next).forEach(child -> todo.push(child.id()));
            }
        }
        return out;
    }

    /** The unit and every unit above it, nearest first. */
    List<Long> ancestors(long id) {
        List<Long> out = new ArrayList<>();
        Node unit = byId.get(id);
        while (unit != null && out.size() < 100) {
            out.add(unit.id());
            unit = unit.parentId() == null ? null : byId.get(unit.parentId());
        }
        return out;
    }

    /** Depth-first list; when day is given, ended units and their subtrees are left out. */
    List<OrgUnitSummary> ordered(LocalDate day) {
        List<OrgUnitSummary> out = new ArrayList<>();
        for (Node root : roots) {
            walk(root, 0, day, out);
        }
        return out;
    }

    /**
     * Depth first; on a day, a unit not in force is left out but its units in force are not: a commune left as it
     * was when its district was dissolved takes the district's place (its depth), so every list of the units of a
     * day holds it.
     */
    private void walk(Node unit, int depth, LocalDate day, List<OrgUnitSummary> out) {
        boolean shown = day == null || unit.isActiveOn(day);
        if (shown) {
            out.add(summary(unit, depth));
        }
        for (Node child : children(unit.id())) {
            walk(child, shown ? depth + 1 : depth, day, out);
        }
    }

    private OrgUnitSummary summary(Node unit, int depth) {
        Node successor = unit.successorId() == null ? null : byId.get(unit.successorId());
        return new OrgUnitSummary(
                unit.id(),
                unit.code(),
                unit.name(),
                unit.shortName(),
                unit.kind(),
                unit.parentId(),
                depth,
                unit.sortOrder(),
                unit.validFrom(),
                unit.validTo(),
                unit.successorId(),
                successor == null ? null : successor.name(),
                unit.handlesProcedures());
    }
}
