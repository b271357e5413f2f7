package vn.cchc.portal.assignment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cchc.portal.plan.PlanFilter;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanStatus;
import vn.cchc.portal.plan.PlanSummary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live demo year, whatever day the application starts: the province's plan of the year is in force on the
 * structure since 01/07/2025 (departments, new communes and wards; no districts) with plans of new wards under it,
 * and every demo role of that structure has live work — open tasks, overdue ones, reports to review — in a
 * realistic mix of states; the accounts of the old district and commune are kept for the historical plans.
 */
@SpringBootTest
@vn.cchc.portal.support.RestructuredDemo
class LiveDemoYearTest {

    @Autowired
    PlanService plans;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ReviewService review;

    @Autowired
    OverviewService overview;

    @Autowired
    vn.cchc.portal.plan.ReportingPeriodService periods;

    @Autowired
    Clock clock;

    @Autowired
    vn.cchc.portal.plan.SubPlanService subPlans;

    @Autowired
    vn.cchc.portal.organization.OrgUnitService units;

    private int year() {
        return LocalDate.now(clock).getYear();
    }

    private List<AssignmentSummary> myTasks() {
        return assignments.myUnitTasks(TaskFilter.all());
    }

    private static void hasOpenAndOverdueWork(List<AssignmentSummary> tasks) {
        assertThat(tasks).filteredOn(t -> !t.status().isDone()).isNotEmpty();
        assertThat(tasks).filteredOn(AssignmentSummary::isOverdue).isNotEmpty();
    }

    @Test
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
    void theProvincesPlanOfTheYearIsInForceWithTheNewWardsAndCommunesPlansUnderItAndNoDistrict() {
        LocalDate today = LocalDate.now(clock);
        PlanSummary province = plans.findByKey("live/" + year() + "/tinh").orElseThrow();
        assertThat(province.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(province.year()).isEqualTo(year());
        assertThat(province.issueDate()).isBeforeOrEqualTo(today.minusDays(40));
        var header = plans.get(province.id()).header();
        assertThat(header.getStartDate()).isBeforeOrEqualTo(today);
        assertThat(header.getEndDate()).isAfterOrEqualTo(today);

        List<PlanSummary> live = plans.list(new PlanFilter(year(), null, PlanStatus.ISSUED, null, null));
        Set<Long> liveIds = live.stream().map(PlanSummary::id).collect(Collectors.toSet());
        assertThat(live)
                .filteredOn(p -> Long.valueOf(province.id()).equals(p.parentPlanId()))
                .extracting(PlanSummary::issuingUnitName)
                .contains("Phường Pleiku", "Xã Gào", "Phường Hội Phú");
        assertThat(live)
                .filteredOn(p -> Long.valueOf(province.id()).equals(p.parentPlanId()))
                .extracting(p -> units.get(p.issuingUnitId()).kind())
                .doesNotContain(vn.cchc.portal.organization.OrgUnitKind.DISTRICT);
        long ward = units.find("P-PLEIKU").orElseThrow().id();
        List<AssignmentSummary> addressed = assignments.ofPlan(province.id());
        assertThat(addressed).anyMatch(a -> a.unitId() == ward);
        assertThat(addressed.stream().map(a -> units.get(a.unitId()).kind()))
                .doesNotContain(vn.cchc.portal.organization.OrgUnitKind.DISTRICT)
                .contains(vn.cchc.portal.organization.OrgUnitKind.COMMUNE);
        for (long planId : liveIds) {
            PlanSummary plan =
                    live.stream().filter(p -> p.id() == planId).findFirst().orElseThrow();
            assertThat(plan.issueDate()).isBeforeOrEqualTo(today);
            assertThat(periods.ofPlan(planId))
                    .as(plan.number())
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(p.endDate()).isAfterOrEqualTo(plan.issueDate()));
        }
    }

    @Test
    @org.springframework.transaction.annotation.Transactional
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
    void aNewWardsOwnPlanKeepsWhatTheProvinceAssignsItAsItsOwnWorkWithNoSecondTask() {
        long province =
                plans.findByKey("live/" + year() + "/tinh").orElseThrow().id();
        long anPhu = units.find("P-ANPHU").orElseThrow().id();
        long sub = subPlans.create(province, anPhu).id();
        vn.cchc.portal.plan.PlanDetail draft = plans.get(sub);
        assertThat(vn.cchc.portal.plan.DemoPlans.item(draft, "3.2").leadUnitId())
                .isEqualTo(anPhu);

        vn.cchc.portal.plan.PlanHeaderForm header = draft.header();
        header.setNumber("05/KH-UBND");
        header.setIssueDate(LocalDate.now(clock));
        header.setSigner(header.getSigner().withTitle("CHỦ TỊCH").withName("Nguyễn Văn An"));
        plans.updateHeader(header);
        plans.issue(sub);

        assertThat(assignments.ofPlan(sub)).noneMatch(a -> a.unitId() == anPhu);
        assertThat(assignments.ofPlan(province))
                .filteredOn(a -> a.unitId() == anPhu)
                .isNotEmpty()
                .noneMatch(AssignmentSummary::passOn);
    }

    @Test
    @WithUserDetails(value = "giamdoc.stp", userDetailsServiceBeanName = "dbUserDetailsService")
    void theHeadOfTheJusticeDepartmentHasARealisticMixOfLiveWork() {
        List<AssignmentSummary> tasks = myTasks();
        hasOpenAndOverdueWork(tasks);
        assertThat(tasks)
                .extracting(AssignmentSummary::status)
                .contains(
                        AssignmentStatus.DONE_ON_TIME,
                        AssignmentStatus.DONE_LATE,
                        AssignmentStatus.IN_PROGRESS,
                        AssignmentStatus.OVERDUE,
                        AssignmentStatus.NOT_STARTED);
        assertThat(tasks)
                .extracting(AssignmentSummary::latestState)
                .contains(UpdateState.SUBMITTED, UpdateState.RETURNED, UpdateState.ACCEPTED, UpdateState.DRAFT);
        assertThat(tasks).filteredOn(t -> t.role() == AssignmentRole.LEAD).isNotEmpty();
    }

    @Test
    @WithUserDetails(value = "canbo.stp", userDetailsServiceBeanName = "dbUserDetailsService")
    void theStaffOfTheJusticeDepartmentSeeTheUnitsWorkAndTheirOwnDraft() {
        List<AssignmentSummary> tasks = myTasks();
        hasOpenAndOverdueWork(tasks);
        AssignmentSummary drafted = tasks.stream()
                .filter(t -> t.latestState() == UpdateState.DRAFT)
                .findFirst()
                .orElseThrow();
        assertThat(assignments.get(drafted.id()).openDraft())
                .get()
                .satisfies(u -> assertThat(u.createdBy()).isEqualTo("canbo.stp"));
    }

    @Test
    @WithUserDetails(value = "chutich.phuongpleiku", userDetailsServiceBeanName = "dbUserDetailsService")
    void theChairmanOfANewWardHasLiveWorkFromTheProvincesPlan() {
        List<AssignmentSummary> tasks = myTasks();
        hasOpenAndOverdueWork(tasks);
        assertThat(tasks).extracting(AssignmentSummary::planNumber).contains("3012/KH-UBND");
        assertThat(tasks).extracting(AssignmentSummary::unitName).containsOnly("Phường Pleiku");
        assertThat(tasks)
                .extracting(AssignmentSummary::latestState)
                .contains(UpdateState.RETURNED, UpdateState.SUBMITTED, UpdateState.ACCEPTED, UpdateState.DRAFT);
        assertThat(tasks.stream().map(AssignmentSummary::itemId).toList()).doesNotHaveDuplicates();
    }

    @Test
    @WithUserDetails(value = "congchuc.phuongpleiku", userDetailsServiceBeanName = "dbUserDetailsService")
    void theStaffOfTheNewWardSeeItsWorkAndTheirOwnDraft() {
        AssignmentSummary drafted = myTasks().stream()
                .filter(t -> t.latestState() == UpdateState.DRAFT)
                .findFirst()
                .orElseThrow();
        assertThat(assignments.get(drafted.id()).openDraft())
                .get()
                .satisfies(u -> assertThat(u.createdBy()).isEqualTo("congchuc.phuongpleiku"));
    }

    @Test
    @WithUserDetails(value = "chutich.chuprong", userDetailsServiceBeanName = "dbUserDetailsService")
    void theFormerDistrictChairmansAccountIsKeptForTheHistoricalPlansAndHasNoLiveWork() {
        assertThat(myTasks()).as("no plan in force addresses an ended district").isEmpty();
        PlanSummary own = plans.findByKey("51/KH-UBND/2024").orElseThrow();
        assertThat(plans.get(own.id()).summary().issuingUnitName()).isEqualTo("Huyện Chư Prông");
    }

    @Test
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
    void thePlannerHasReportsOfTheLiveYearToReview() {
        Set<Long> live = plans.list(new PlanFilter(year(), null, PlanStatus.ISSUED, null, null)).stream()
                .map(PlanSummary::id)
                .collect(Collectors.toSet());
        assertThat(review.queue())
                .filteredOn(r -> live.contains(r.assignment().planId()))
                .hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    @WithUserDetails(value = "lanhdao.ubnd", userDetailsServiceBeanName = "dbUserDetailsService")
    void theLeaderSeesProgressOfThePlanInForce() {
        PlanSummary province = plans.findByKey("live/" + year() + "/tinh").orElseThrow();
        Overview o = overview.of(province.id());
        assertThat(o.byUnit()).isNotEmpty();
        assertThat(o.byUnit().stream().mapToLong(Overview.UnitProgress::done).sum())
                .isPositive();
        assertThat(o.byUnit().stream().mapToLong(Overview.UnitProgress::overdue).sum())
                .isPositive();
    }
}
