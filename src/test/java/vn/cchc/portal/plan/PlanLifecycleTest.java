package vn.cchc.portal.plan;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.audit.AuditRow;
import vn.cchc.portal.organization.OrgUnitGroup;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.shared.BusinessException;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A plan goes from draft to issued to closed; issued plans change only through amendments. */
@SpringBootTest
@Transactional
@WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
class PlanLifecycleTest {

    @Autowired
    PlanService plans;

    @Autowired
    PlanItemService items;

    @Autowired
    PlanVersionService versions;

    @Autowired
    OrgUnitService units;

    PlanFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PlanFixtures(plans, items, units);
    }

    @Test
    void aPlannerWritesADraftWithItemsUnderDifferentCriteriaAndIssuesIt() {
        long planId = fixtures.draft("UBT", "Kế hoạch cải cách hành chính năm 2026");
        long area = fixtures.group(planId, "I", "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC");
        fixtures.item(planId, area, "1", "Hoàn thành 100% kế hoạch", "SNV", FixturesGroups.departmentsAndDistricts());
        fixtures.item(planId, area, "2", "Báo cáo đúng hạn", "SNV", List.of());
        fixtures.item(planId, null, "3", "Công bố TTHC kịp thời", "VPUBND", List.of());
        fixtures.sign(planId, "12/KH-UBND");

        PlanSummary issued = plans.issue(planId);

        assertThat(issued.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(issued.itemCount()).isEqualTo(3);
        PlanDetail detail = plans.get(planId);
        assertThat(detail.editable()).isFalse();
        assertThat(detail.items()).extracting(PlanItemView::number).containsExactly("I", "1", "2", "3");
        assertThat(detail.items().get(1).assigneeNames()).isEqualTo("Các sở, ban, ngành tỉnh; UBND cấp huyện");
    }

    @Test
    void issuingIsRefusedWithEveryMissingPieceListedAndNothingChanges() {
        long planId = fixtures.draft("UBT", "Kế hoạch thiếu thông tin");
        fixtures.item(planId, null, "1", "Mục chưa có cơ quan chủ trì", null, List.of());

        assertThatThrownBy(() -> plans.issue(planId))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("chưa có số, ký hiệu")
                .hasMessageContaining("chưa có ngày ban hành")
                .hasMessageContaining("chưa có chức vụ và họ tên người ký")
                .hasMessageContaining("các mục chưa có cơ quan chủ trì: 1");
        assertThat(plans.get(planId).summary().status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void anIssuedPlanRefusesEveryChangeThroughTheServices() {
        long planId = issuedPlan();
        long itemId = plans.get(planId).items().getFirst().id();
        PlanItemForm edit = PlanItemForm.of(plans.get(planId).items().getFirst(), planId);
        edit.setGoal("Sửa sau khi ban hành");
        PlanHeaderForm header = plans.get(planId).header();
        header.setTitle("Đổi trích yếu");

        assertThatThrownBy(() -> items.update(edit))
                .hasMessage(BusinessException.of(PlanValidation.READ_ONLY).getMessage());
        assertThatThrownBy(() -> plans.updateHeader(header))
                .hasMessage(BusinessException.of(PlanValidation.READ_ONLY).getMessage());
        assertThatThrownBy(() -> items.delete(planId, itemId))
                .hasMessage(BusinessException.of(PlanValidation.READ_ONLY).getMessage());
        assertThatThrownBy(() -> fixtures.item(planId, null, "9", "Thêm mới", "SNV", List.of()))
                .hasMessage(BusinessException.of(PlanValidation.READ_ONLY).getMessage());
        assertThat(plans.get(planId).items().getFirst().goal()).isEqualTo("Hoàn thành 100% kế hoạch");
    }

    @Test
    void anAmendmentIsANewVersionAndTheOriginalIsKeptAndSupersededWhenItIsIssued() {
        long planId = issuedPlan();
        long amendmentId = versions.amend(planId).id();
        PlanItemView first = plans.get(amendmentId).items().getFirst();
        PlanItemForm edit = PlanItemForm.of(first, amendmentId);
        edit.setGoal("Hoàn thành 100% kế hoạch, báo cáo hằng quý");
        items.update(edit);
        fixtures.sign(amendmentId, "12a/KH-UBND");

        plans.issue(amendmentId);

        assertThat(plans.get(planId).summary().status()).isEqualTo(PlanStatus.SUPERSEDED);
        assertThat(plans.get(planId).items().getFirst().goal()).isEqualTo("Hoàn thành 100% kế hoạch");
        assertThat(plans.get(amendmentId).summary().versionNo()).isEqualTo(2);
        assertThat(plans.get(amendmentId).summary().amendsPlanId()).isEqualTo(planId);
        assertThat(plans.versions(amendmentId)).extracting(PlanSummary::id).containsExactly(planId, amendmentId);
    }

    @Test
    void anItemSavedTwiceUnderTheSameNumberIsRefusedAndOnlyOneIsKept() {
        long planId = fixtures.draft("UBT", "Kế hoạch thử lưu hai lần");
        long area = fixtures.group(planId, "I", "Lĩnh vực một");
        fixtures.item(planId, area, "1", "Mục một", "SNV", List.of());

        assertThatThrownBy(() -> fixtures.item(planId, area, "1", "Mục một", "SNV", List.of()))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("Đã có mục số “1” ở cùng cấp");
        fixtures.item(planId, null, "1", "Cùng số nhưng ở cấp khác", "SNV", List.of());

        assertThat(plans.get(planId).items())
                .filteredOn(i -> "Mục một".equals(i.goal()))
                .hasSize(1);
    }

    @Test
    void itemsAreReorderedAndDuplicatedWithTheirSubItems() {
        long planId = fixtures.draft("UBT", "Kế hoạch thử sắp xếp");
        long area = fixtures.group(planId, "I", "Lĩnh vực một");
        fixtures.item(planId, area, "1", "Mục một", "SNV", List.of());
        long second = fixtures.item(planId, area, "2", "Mục hai", "STP", List.of());

        items.move(planId, second, -1);
        items.duplicate(planId, area);

        assertThat(plans.get(planId).items())
                .extracting(PlanItemView::goal)
                .containsExactly(null, "Mục hai", "Mục một", null, "Mục hai", "Mục một");
    }

    @Test
    void aCopyToANewYearIsADraftWithTheYearsMovedAlong() {
        long planId = issuedPlan();
        PlanSummary copy = versions.copyToYear(planId, 2027);

        PlanDetail detail = plans.get(copy.id());
        assertThat(detail.summary().status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(detail.summary().year()).isEqualTo(2027);
        assertThat(detail.summary().number()).isNull();
        assertThat(detail.items()).hasSize(plans.get(planId).items().size());
        assertThat(detail.items().getFirst().timeframe()).isEqualTo("Trong năm 2027");
    }

    @Test
    void everyChangeIsRecordedWithUserAndTime() {
        long planId = fixtures.draft("UBT", "Kế hoạch có lịch sử");
        long itemId = fixtures.item(planId, null, "1", "Mục tiêu ban đầu", "SNV", List.of());
        PlanItemForm edit = PlanItemForm.of(plans.get(planId).items().getFirst(), planId);
        edit.setGoal("Mục tiêu đã sửa");
        items.update(edit);

        List<AuditRow> history = plans.history(planId, Locale.of("vi"));
        assertThat(history).allSatisfy(e -> {
            assertThat(e.username()).isEqualTo("chuyenvien.snv");
            assertThat(e.at()).isNotNull();
        });
        assertThat(history).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("ITEM_UPDATED");
            assertThat(e.subjectId()).isEqualTo(itemId);
            assertThat(e.field()).isEqualTo("goal");
            assertThat(e.oldValue()).isEqualTo("Mục tiêu ban đầu");
            assertThat(e.newValue()).isEqualTo("Mục tiêu đã sửa");
        });
        assertThat(history).extracting(AuditRow::action).contains("PLAN_CREATED", "ITEM_ADDED");
    }

    @Test
    void aStaleItemEditIsRefusedInsteadOfOverwritingAnotherPlannersChange() {
        long planId = fixtures.draft("UBT", "Kế hoạch sửa đồng thời");
        fixtures.item(planId, null, "1", "Ban đầu", "SNV", List.of());
        PlanItemView view = plans.get(planId).items().getFirst();
        PlanItemForm first = PlanItemForm.of(view, planId);
        PlanItemForm second = PlanItemForm.of(view, planId);
        first.setGoal("Người thứ nhất");
        items.update(first);
        second.setGoal("Người thứ hai");

        assertThatThrownBy(() -> items.update(second))
                .hasMessage(BusinessException.of(PlanValidation.ITEM_STALE).getMessage());
        assertThat(plans.get(planId).items().getFirst().goal()).isEqualTo("Người thứ nhất");
    }

    private long issuedPlan() {
        long planId = fixtures.draft("UBT", "Kế hoạch CCHC năm 2026");
        fixtures.item(planId, null, "1", "Hoàn thành 100% kế hoạch", "SNV", FixturesGroups.departmentsAndDistricts());
        fixtures.sign(planId, "12/KH-UBND");
        plans.issue(planId);
        return planId;
    }

    static final class FixturesGroups {
        static List<ItemAssignee> departmentsAndDistricts() {
            return PlanFixtures.groups(OrgUnitGroup.ALL_DEPARTMENTS, OrgUnitGroup.ALL_DISTRICT_COMMITTEES);
        }
    }
}
