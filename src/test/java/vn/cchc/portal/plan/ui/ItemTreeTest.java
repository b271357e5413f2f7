package vn.cchc.portal.plan.ui;

import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import org.junit.jupiter.api.Test;
import vn.cchc.portal.plan.PlanItemKind;
import vn.cchc.portal.plan.PlanItemView;

import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ItemTreeTest {

    private static PlanItemView item(long id, Long parentId, String number, String title) {
        return new PlanItemView(
                id,
                parentId,
                parentId == null ? 0 : 1,
                (int) id,
                number,
                parentId == null ? PlanItemKind.GROUP : PlanItemKind.ITEM,
                title,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                0,
                null,
                null,
                null,
                null,
                null,
                List.of());
    }

    private final List<PlanItemView> rows = List.of(
            item(1, null, "I", "Cải cách thể chế"),
            item(2, 1L, "1", "Xây dựng văn bản"),
            item(3, 1L, "2", "Kiểm tra văn bản"),
            item(4, null, "II", "Cải cách thủ tục hành chính"),
            item(5, 4L, "1", "Rà soát thủ tục"));

    private static HierarchicalQuery<PlanItemView, Void> children(PlanItemView parent, Comparator<PlanItemView> sort) {
        return new HierarchicalQuery<>(0, Integer.MAX_VALUE, List.of(), sort, null, parent);
    }

    @Test
    void theTreeShowsEachLevelInThePlansOrderFromTheSharedList() {
        ItemTree tree = new ItemTree(rows);

        assertThat(tree.fetchChildren(children(null, null)).map(PlanItemView::id))
                .containsExactly(1L, 4L);
        assertThat(tree.getChildCount(children(null, null))).isEqualTo(2);
        assertThat(tree.fetchChildren(children(rows.get(0), null)).map(PlanItemView::id))
                .containsExactly(2L, 3L);
        assertThat(tree.getChildCount(children(rows.get(3), null))).isEqualTo(1);
        assertThat(tree.hasChildren(rows.get(0))).isTrue();
        assertThat(tree.hasChildren(rows.get(1))).isFalse();
        assertThat(ItemTree.roots(rows))
                .extracting(PlanItemView::title)
                .containsExactly("Cải cách thể chế", "Cải cách thủ tục hành chính");
    }

    @Test
    void aSortedColumnSortsTheItemsWithinEachLevel() {
        ItemTree tree = new ItemTree(rows);
        Comparator<PlanItemView> byTitle = Comparator.comparing(PlanItemView::title);

        // "Kiểm tra …" before "Xây dựng …" under I; "… thủ tục …" before "… thể chế" at the top when reversed
        assertThat(tree.fetchChildren(children(rows.get(0), byTitle)).map(PlanItemView::id))
                .containsExactly(3L, 2L);
        assertThat(tree.fetchChildren(children(null, byTitle.reversed())).map(PlanItemView::id))
                .containsExactly(4L, 1L);
    }
}
