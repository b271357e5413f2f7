package vn.cchc.portal.plan.ui;

import com.vaadin.flow.data.provider.hierarchy.AbstractHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import vn.cchc.portal.plan.PlanItemView;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The plan's items as a tree read straight from the listed items the editor shares between the sessions showing the
 * plan, so that a session holds no copy of the hierarchy (a tree grid given roots and a child function builds one per
 * UI: a map entry and a child list for each of the 150 items of a provincial plan).
 */
final class ItemTree extends AbstractHierarchicalDataProvider<PlanItemView, Void> {

    private final List<PlanItemView> rows;
    /** The items with children (the groups, a few dozen), so that asking each row costs no pass over the list. */
    private final Set<Long> parents;

    ItemTree(List<PlanItemView> rows) {
        this.rows = rows;
        this.parents = rows.stream()
                .map(PlanItemView::parentId)
                .filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    static List<PlanItemView> roots(List<PlanItemView> rows) {
        return rows.stream().filter(i -> i.parentId() == null).toList();
    }

    private Stream<PlanItemView> childrenOf(PlanItemView parent) {
        Long parentId = parent == null ? null : parent.id();
        return rows.stream().filter(i -> Objects.equals(i.parentId(), parentId));
    }

    @Override
    public int getChildCount(HierarchicalQuery<PlanItemView, Void> query) {
        return (int) childrenOf(query.getParent())
                .skip(query.getOffset())
                .limit(query.getLimit())
                .count();
    }

    @Override
    public Stream<PlanItemView> fetchChildren(HierarchicalQuery<PlanItemView, Void> query) {
        Stream<PlanItemView> children = childrenOf(query.getParent());
        if (query.getInMemorySorting() != null) { // a sorted column sorts each level, as the tree grid's own data does
            children = children.sorted(query.getInMemorySorting());
        }
        return children.skip(query.getOffset()).limit(query.getLimit());
    }

    @Override
    public boolean hasChildren(PlanItemView item) {
        return parents.contains(item.id());
    }

    @Override
    public boolean isInMemory() {
        return true;
    }
}
