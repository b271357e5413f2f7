package vn.cchc.portal.plan;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitService;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan has its reporting periods from its header on: drafts follow their header, issued plans keep theirs. */
@SpringBootTest
@vn.cchc.portal.support.RestructuredDemo
@Transactional
@WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
class PlanPeriodsTest {

    @Autowired
    PlanService plans;

    @Autowired
    PlanItemService items;

    @Autowired
    PlanVersionService versions;

    @Autowired
    SubPlanService subPlans;

    @Autowired
    OrgUnitService units;

    @Autowired
    ReportingPeriodService periods;

    PlanFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PlanFixtures(plans, items, units);
    }

    private List<String> labels(long planId) {
        return periods.ofPlan(planId).stream().map(PeriodView::label).toList();
    }

    @Test
    void aDraftHasThePeriodsOfItsHeaderAndNewOnesWhenItsCadenceOrDatesChange() {
        long planId = fixtures.draft("UBT", "Kế hoạch cải cách hành chính năm 2026");
        assertThat(labels(planId)).containsExactly("Quý I/2026", "Quý II/2026", "Quý III/2026", "Quý IV/2026");

        PlanHeaderForm header = plans.get(planId).header();
        header.setIssueDate(LocalDate.of(2026, 7, 21));
        plans.updateHeader(header);
        assertThat(labels(planId)).containsExactly("Quý III/2026", "Quý IV/2026");
        assertThat(periods.ofPlan(planId).getFirst().startDate()).isEqualTo(LocalDate.of(2026, 7, 21));

        header = plans.get(planId).header();
        header.setReportingCadence(ReportingCadence.CAMPAIGN_10_DAYS);
        header.setStartDate(LocalDate.of(2026, 8, 1));
        header.setEndDate(LocalDate.of(2026, 11, 8));
        plans.updateHeader(header);
        assertThat(periods.ofPlan(planId))
                .hasSize(10)
                .last()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(PeriodKind.FINAL))
                .satisfies(p -> assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 11, 8)));

        header = plans.get(planId).header();
        header.setReportingCadence(ReportingCadence.NONE);
        plans.updateHeader(header);
        assertThat(periods.ofPlan(planId)).isEmpty();
    }

    @Test
    void anIssuedPlanKeepsItsPeriodsAndItsCopiesGetTheirOwn() {
        long planId = fixtures.draft("UBT", "Kế hoạch cải cách hành chính năm 2026");
        fixtures.item(planId, null, "1", "Hoàn thành 100% kế hoạch", "SNV", List.of());
        fixtures.sign(planId, "12/KH-UBND");
        List<PeriodView> drafted = periods.ofPlan(planId);

        plans.issue(planId);

        assertThat(periods.ofPlan(planId)).isEqualTo(drafted);
        assertThat(drafted.getFirst().startDate()).isEqualTo(LocalDate.of(2026, 1, 15));
        long copy = versions.copyToYear(planId, 2027).id();
        assertThat(labels(copy)).containsExactly("Quý I/2027", "Quý II/2027", "Quý III/2027", "Quý IV/2027");
        long amendment = versions.amend(planId).id();
        assertThat(periods.ofPlan(amendment)).extracting(PeriodView::planId).containsOnly(amendment);
        assertThat(periods.ofPlan(planId)).isEqualTo(drafted);
    }

    @Test
    void aUnitPlanUnderACampaignReportsOnTheCampaignsCadence() {
        long planId = fixtures.draft("UBT", "Chiến dịch 100 ngày đêm");
        PlanHeaderForm header = plans.get(planId).header();
        header.setReportingCadence(ReportingCadence.CAMPAIGN_10_DAYS);
        header.setStartDate(LocalDate.of(2026, 3, 22));
        header.setEndDate(LocalDate.of(2026, 6, 29));
        plans.updateHeader(header);
        fixtures.item(
                planId,
                null,
                "1",
                "Tỷ lệ hồ sơ trực tuyến",
                "SNV",
                PlanFixtures.groups(vn.cchc.portal.organization.OrgUnitGroup.ALL_COMMUNE_COMMITTEES));
        fixtures.sign(planId, "13/KH-UBND");
        plans.issue(planId);

        long sub = subPlans.create(planId, fixtures.unit("Phường Pleiku")).id();

        assertThat(plans.get(sub).header().getReportingCadence()).isEqualTo(ReportingCadence.CAMPAIGN_10_DAYS);
        assertThat(periods.ofPlan(sub)).hasSize(10);
    }

    @Test
    void theDemoPlan1908HasNoPeriodBeforeItWasIssued() {
        PlanSummary plan =
                plans.list(new PlanFilter(2023, null, null, null, "1908")).getFirst();

        List<PeriodView> found = periods.ofPlan(plan.id());

        assertThat(found).extracting(PeriodView::label).containsExactly("Quý III/2023", "Quý IV/2023");
        assertThat(found).allSatisfy(p -> assertThat(p.endDate()).isAfter(plan.issueDate()));
        assertThat(found.getFirst().startDate()).isEqualTo(LocalDate.of(2023, 7, 21));
    }
}
