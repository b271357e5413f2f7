package vn.cchc.portal.plan;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitService;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Screens showing the same plan share one list of its items; a change to an item shows at the next read. */
@SpringBootTest
@Transactional
@WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
class SharedItemListsTest {

    @Autowired
    PlanService plans;

    @Autowired
    PlanItemService items;

    @Autowired
    OrgUnitService units;

    PlanFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PlanFixtures(plans, items, units);
    }

    @Test
    void twoReadsOfAnUnchangedPlanGiveTheSameListOfItemsCutToTheListsLength() {
        long planId = fixtures.draft("UBT", "Kế hoạch dùng chung danh sách mục");
        fixtures.item(planId, null, "1", "Mục tiêu rất dài ".repeat(40), "SNV", List.of());

        List<PlanItemView> first = plans.listed(planId, 60).items();
        List<PlanItemView> second = plans.listed(planId, 60).items();

        assertThat(second).isSameAs(first);
        assertThat(first.getFirst().goal()).hasSizeLessThanOrEqualTo(60).startsWith("Mục tiêu rất dài");
        assertThat(first.getFirst().tasks()).isNull();
    }

    @Test
    void aChangedItemIsReadAgainAndReplacesTheSharedList() {
        long planId = fixtures.draft("UBT", "Kế hoạch đổi mục sau khi đọc");
        long itemId = fixtures.item(planId, null, "1", "Mục tiêu cũ", "SNV", List.of());
        List<PlanItemView> before = plans.listed(planId, 60).items();

        PlanItemForm form = PlanItemForm.of(
                plans.get(planId).items().stream()
                        .filter(i -> i.id() == itemId)
                        .findFirst()
                        .orElseThrow(),
                planId);
        form.setGoal("Mục tiêu mới");
        items.update(form);
        List<PlanItemView> after = plans.listed(planId, 60).items();

        assertThat(after).isNotSameAs(before);
        assertThat(after).extracting(PlanItemView::goal).containsExactly("Mục tiêu mới");
        assertThat(plans.listed(planId, 60).items()).isSameAs(after);
    }
}
