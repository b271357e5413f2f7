package vn.cchc.portal.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The three source plans are loaded on first start, with every appendix row and narrative task resolved. */
@SpringBootTest
@WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
class PlanDemoDataTest {

    @Autowired
    PlanService plans;

    private PlanDetail plan(String number, int year) {
        return plans.list(new PlanFilter(year, null, null, null, null)).stream()
                .filter(p -> number == null ? p.number() == null : number.equals(p.number()))
                .findFirst().map(p -> plans.get(p.id())).orElseThrow();
    }

    @Test
    void planNineteenOhEightHasItsNarrativeTasksAndTheWholeAppendix() {
        PlanDetail plan = plan("1908/KH-UBND", 2023);
        assertThat(plan.summary().status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(plan.summary().issuingUnitName()).isEqualTo("Ủy ban nhân dân tỉnh Gia Lai");
        assertThat(plan.header().getSubPlanDueWorkingDays()).isEqualTo(10);
        List<PlanItemView> items = plan.items();
        PlanItemView appendix = items.stream().filter(i -> "PHỤ LỤC".equals(i.number())).findFirst().orElseThrow();
        java.util.Set<Long> areas = items.stream().filter(i -> java.util.Objects.equals(i.parentId(), appendix.id()))
                .map(PlanItemView::id).collect(java.util.stream.Collectors.toSet());
        assertThat(areas).hasSize(8);
        List<PlanItemView> appendixRows = items.stream()
                .filter(i -> i.kind() == PlanItemKind.ITEM && areas.contains(i.parentId())).toList();
        assertThat(appendixRows).hasSize(79).allSatisfy(row -> {
            assertThat(row.criterionCode()).isNotNull();
            assertThat(row.leadUnitId()).isNotNull();
        });
        assertThat(appendixRows.getFirst().criterionCode()).isEqualTo("TC 1.1");
        assertThat(items).filteredOn(i -> i.kind() == PlanItemKind.ITEM && i.number() != null
                && i.number().matches("[123]\\.\\d+")).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void thePlanListFiltersByYearKindAndStatusAndSearchesWithOrWithoutDiacritics() {
        assertThat(plans.list(new PlanFilter(null, null, null, null, "khac phuc ton tai")))
                .extracting(PlanSummary::number).contains("1908/KH-UBND");
        assertThat(plans.list(new PlanFilter(null, null, null, null, "Khắc phục tồn tại")))
                .extracting(PlanSummary::number).contains("1908/KH-UBND");
        assertThat(plans.list(new PlanFilter(2024, PlanKind.CAMPAIGN, PlanStatus.CLOSED, null, "chien dich")))
                .extracting(PlanSummary::number).contains("629/KH-UBND").doesNotContain("1908/KH-UBND");
        assertThat(plans.list(new PlanFilter(2023, PlanKind.CAMPAIGN, null, null, null))).isEmpty();
    }

    @Test
    void theCampaignPlanHasItsSectionsAndTheIaTorPlanHangsUnderIt() {
        PlanDetail campaign = plan("629/KH-UBND", 2024);
        assertThat(campaign.summary().kind()).isEqualTo(PlanKind.CAMPAIGN);
        assertThat(campaign.header().getStartDate()).hasToString("2024-03-22");
        assertThat(campaign.items()).filteredOn(i -> i.depth() == 0).extracting(PlanItemView::number)
                .containsExactly("I", "II", "III", "IV", "V");
        PlanSummary iaTor = plans.list(new PlanFilter(2024, null, null, null, "ia tor")).stream()
                .filter(p -> p.issuingUnitName().equals("Xã Ia Tôr")).findFirst().orElseThrow();
        assertThat(iaTor.parentPlanId()).isEqualTo(campaign.summary().id());
        PlanDetail detail = plans.get(iaTor.id());
        assertThat(detail.items()).filteredOn(i -> i.kind() == PlanItemKind.ITEM)
                .allSatisfy(i -> assertThat(i.leadUnitId()).isNotNull());
        assertThat(detail.items()).anySatisfy(i -> assertThat(i.coordinatingNote()).contains("Công an xã"));
    }
}
