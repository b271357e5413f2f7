package vn.cchc.portal.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cchc.portal.organization.OrgUnitGroup;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.plan.importer.AppendixWorkbookFixture;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The source plans are loaded on first start as the documents say: texts, roles, dates and the cascade chain. */
@SpringBootTest
@WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
class PlanDemoDataTest {

    @Autowired
    PlanService plans;

    @Autowired
    OrgUnitService units;

    private PlanDetail plan(String key) {
        return new DemoPlans(plans, units).plan(key);
    }

    private long unit(String code) {
        return new DemoPlans(plans, units).unit(code);
    }

    private static List<PlanItemView> appendixRows(PlanDetail plan) {
        PlanItemView appendix = plan.items().stream()
                .filter(i -> "PHỤ LỤC".equals(i.number()))
                .findFirst()
                .orElseThrow();
        Set<Long> areas = plan.items().stream()
                .filter(i -> Objects.equals(i.parentId(), appendix.id()))
                .map(PlanItemView::id)
                .collect(Collectors.toSet());
        assertThat(areas).hasSize(8);
        return plan.items().stream()
                .filter(i -> i.kind() == PlanItemKind.ITEM && areas.contains(i.parentId()))
                .toList();
    }

    private static PlanItemView item(PlanDetail plan, String number) {
        return DemoPlans.item(plan, number);
    }

    @Test
    void planNineteenOhEightKeepsEveryAppendixRowAsPrinted() {
        PlanDetail plan = plan("1908/KH-UBND/2023");
        assertThat(plan.summary().status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(plan.summary().issuingUnitName()).isEqualTo("Ủy ban nhân dân tỉnh Gia Lai");
        assertThat(plan.header().getSubPlanDueWorkingDays()).isEqualTo(10);
        List<PlanItemView> rows = appendixRows(plan);
        List<AppendixWorkbookFixture.ExpectedRow> expected = AppendixWorkbookFixture.expectedRows();
        assertThat(rows).hasSize(79).hasSameSizeAs(expected);
        for (int i = 0; i < rows.size(); i++) {
            PlanItemView row = rows.get(i);
            AppendixWorkbookFixture.ExpectedRow want = expected.get(i);
            assertThat(row.criterionCode()).isEqualTo(want.code());
            assertThat(row.leadText()).as(want.code()).isEqualTo(want.lead());
            assertThat(row.coordinatingText()).as(want.code()).isEqualTo(want.coordinating());
            assertThat(row.leadUnitId()).as(want.code()).isNotNull();
        }
    }

    @Test
    void everyNarrativeItemNamesItsCriterionAndEveryAppendixRowPointsAtTheNarrativeThatSpellsItOut() {
        PlanDetail plan = plan("1908/KH-UBND/2023");
        Map<Long, PlanItemView> byId =
                plan.items().stream().collect(Collectors.toMap(PlanItemView::id, Function.identity()));
        List<PlanItemView> narrative = plan.items().stream()
                .filter(i -> i.kind() == PlanItemKind.ITEM
                        && i.number() != null
                        && i.number().matches("[123]\\.\\d+"))
                .toList();
        assertThat(narrative)
                .hasSize(60)
                .allSatisfy(n -> assertThat(n.criterionId()).as(n.number()).isNotNull());
        List<PlanItemView> rows = appendixRows(plan);
        assertThat(rows)
                .allSatisfy(row -> assertThat(row.narrativeItemId())
                        .as(row.criterionCode())
                        .isNotNull());
        Map<String, String> narrativeOf = rows.stream()
                .collect(Collectors.toMap(
                        PlanItemView::criterionCode,
                        r -> byId.get(r.narrativeItemId()).number()));
        assertThat(narrativeOf)
                .containsEntry("TC 1.1", "1.1")
                .containsEntry("TCTP 3.4.1", "1.7")
                .containsEntry("TCTP 3.4.2", "1.7")
                .containsEntry("TCTP 3.4.3", "3.11")
                .containsEntry("TCTP 2.1.2", "3.6")
                .containsEntry("TCTP 6.3.1", "3.23")
                .containsEntry("TCTP 8.3.3", "3.31")
                .containsEntry("TCTP 8.1.1", "2.1");
        assertThat(narrative.stream().map(PlanItemView::number).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(
                        narrativeOf.values().stream().collect(Collectors.toSet()));
        assertThat(item(plan, "1.1").criterionCode()).isEqualTo("TC 1.1");
        assertThat(item(plan, "2.1").criterionCode()).isEqualTo("SIPAS 1");
        assertThat(item(plan, "3.22").criterionCode()).isEqualTo("TC 6.2");
    }

    @Test
    void item3Point23HasTwoLeadsAsPrinted() {
        PlanItemView item = item(plan("1908/KH-UBND/2023"), "3.23");
        assertThat(item.leadText()).isEqualTo("Sở Tài chính; UBND cấp huyện");
        assertThat(item.leads())
                .containsExactly(
                        ItemAssignee.unit(unit("STC")).asLead(true),
                        ItemAssignee.group(OrgUnitGroup.ALL_DISTRICT_COMMITTEES).asLead(true));
        assertThat(item.leadNames())
                .isEqualTo("Sở Tài chính; UBND cấp huyện (nhóm: mỗi đơn vị chủ trì phần việc của mình)");
        assertThat(item.coordinatingText())
                .isEqualTo("Sở Tài chính/Sở, ban, ngành tỉnh; UBND cấp huyện và các cơ quan, đơn vị có liên quan");
    }

    @Test
    void campaignTasksOneToEightAreLedByEveryAddressedUnitExceptTheTwoWithoutProcedures() {
        PlanDetail campaign = plan("629/KH-UBND/2024");
        for (int task = 1; task <= 8; task++) {
            PlanItemView item = item(campaign, "1." + task);
            assertThat(item.leadUnitId()).isNull();
            assertThat(item.leads())
                    .containsExactly(
                            ItemAssignee.group(OrgUnitGroup.ALL_DEPARTMENTS).asLead(true),
                            ItemAssignee.group(OrgUnitGroup.ALL_DISTRICT_COMMITTEES)
                                    .asLead(true),
                            ItemAssignee.group(OrgUnitGroup.ALL_COMMUNE_COMMITTEES)
                                    .asLead(true));
            assertThat(item.exclusions())
                    .extracting(PlanItemView.Exclusion::unitName)
                    .containsExactly("Ban Dân tộc", "Thanh tra tỉnh");
            assertThat(item.exclusions())
                    .allSatisfy(x -> assertThat(x.reason())
                            .startsWith("Không giao chỉ tiêu cho Ban Dân tộc tỉnh, Thanh tra tỉnh vì không có TTHC"));
        }
        PlanItemView press = item(campaign, "3");
        assertThat(press.leadText()).isEqualTo("Báo Gia Lai, Đài Phát thanh - Truyền hình Gia Lai");
        assertThat(press.leads())
                .containsExactly(
                        ItemAssignee.unit(unit("BAOGL")).asLead(true),
                        ItemAssignee.unit(unit("DPTTH")).asLead(true));
        assertThat(press.assignees()).contains(ItemAssignee.unit(unit("CAT")));
    }

    @Test
    void campaignDatesAreDueAsPrinted() {
        PlanDetail campaign = plan("629/KH-UBND/2024");
        assertThat(campaign.header().getStartDate()).isEqualTo(LocalDate.of(2024, 3, 22));
        assertThat(campaign.header().getSubPlanDueDate()).isEqualTo(LocalDate.of(2024, 3, 21));
        assertThat(campaign.header().getSubPlanDueTime()).isEqualTo(LocalTime.of(16, 0));
        assertThat(campaign.header().getSubPlanDueText()).endsWith("trước 16 giờ ngày 21/03/2024");
        PlanMilestone interim =
                campaign.milestone(MilestoneKind.INTERIM_REPORT_DUE).orElseThrow();
        assertThat(interim.getDueDate()).isEqualTo(LocalDate.of(2024, 5, 9));
        assertThat(interim.getPrintedText()).contains("trước ngày 10/5/2024");
        PlanMilestone last = campaign.milestone(MilestoneKind.FINAL_REPORT_DUE).orElseThrow();
        assertThat(last.getDueDate()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(last.getPrintedText()).contains("trước ngày 02/7/2024");
        assertThat(campaign.milestone(MilestoneKind.END).orElseThrow().getDueDate())
                .isEqualTo(LocalDate.of(2024, 6, 29));
        PlanItemView reports = plan("ia-tor/KH-UBND/2024").items().stream()
                .filter(i -> "Công an xã".equals(i.leadText()))
                .findFirst()
                .orElseThrow();
        assertThat(reports.deadline()).isEqualTo(LocalDate.of(2024, 7, 1));
    }

    @Test
    void iaTorsPlanHangsUnderChuProngsPlan51WhichHangsUnder629AndCarriesItsCampaignTasks() {
        PlanDetail campaign = plan("629/KH-UBND/2024");
        PlanDetail district = plan("51/KH-UBND/2024");
        PlanDetail commune = plan("ia-tor/KH-UBND/2024");
        assertThat(district.summary().number()).isEqualTo("51/KH-UBND");
        assertThat(district.summary().issuingUnitName()).isEqualTo("Huyện Chư Prông");
        assertThat(district.summary().issueDate()).isEqualTo(LocalDate.of(2024, 3, 26));
        assertThat(district.summary().parentPlanId())
                .isEqualTo(campaign.summary().id());
        assertThat(commune.summary().parentPlanId())
                .isEqualTo(district.summary().id());
        assertThat(commune.summary().issuingUnitName()).isEqualTo("Xã Ia Tôr");

        List<PlanItemView> carried = district.items().stream()
                .filter(i -> i.kind() == PlanItemKind.ITEM)
                .toList();
        assertThat(carried)
                .extracting(PlanItemView::number)
                .containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8");
        assertThat(carried).allSatisfy(i -> {
            assertThat(i.sourceItemId()).isEqualTo(item(campaign, i.number()).id());
            assertThat(i.leads())
                    .containsExactly(ItemAssignee.group(OrgUnitGroup.ALL_COMMUNE_COMMITTEES)
                            .asLead(true));
        });
        List<PlanItemView> communeTasks = commune.items().stream()
                .filter(i -> i.kind() == PlanItemKind.ITEM && i.sourceItemId() != null)
                .toList();
        assertThat(communeTasks)
                .hasSize(8)
                .allSatisfy(i -> assertThat(i.sourceItemId())
                        .isEqualTo(item(district, "1." + i.number()).id()));
        assertThat(commune.items())
                .anySatisfy(i -> assertThat(i.coordinatingNote()).contains("Công an xã"));
        assertThat(commune.items())
                .filteredOn(i -> "Công an xã".equals(i.leadText()))
                .singleElement()
                .satisfies(i -> assertThat(i.leadUnitName()).isEqualTo("Xã Ia Tôr"));
    }

    @Test
    void thePlanListFiltersByYearKindAndStatusAndSearchesWithOrWithoutDiacritics() {
        assertThat(plans.list(new PlanFilter(null, null, null, null, "khac phuc ton tai")))
                .extracting(PlanSummary::number)
                .contains("1908/KH-UBND");
        assertThat(plans.list(new PlanFilter(null, null, null, null, "Khắc phục tồn tại")))
                .extracting(PlanSummary::number)
                .contains("1908/KH-UBND");
        assertThat(plans.list(new PlanFilter(2024, PlanKind.CAMPAIGN, PlanStatus.CLOSED, null, "chien dich")))
                .extracting(PlanSummary::number)
                .contains("629/KH-UBND", "51/KH-UBND")
                .doesNotContain("1908/KH-UBND");
        assertThat(plans.list(new PlanFilter(2023, PlanKind.CAMPAIGN, null, null, null)))
                .isEmpty();
    }
}
