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
 * The live demo year, whatever day the application starts: the province's plan of the year is in force with
 * district and commune plans under it, and every demo role has live work — open tasks, overdue ones, reports to
 * review — in a realistic mix of states.
 */
@SpringBootTest
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
    void theProvincesPlanOfTheYearIsInForceWithDistrictAndCommunePlansUnderIt() {
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
        List<PlanSummary> districts = live.stream()
                .filter(p -> Long.valueOf(province.id()).equals(p.parentPlanId()))
                .toList();
        assertThat(districts)
                .extracting(PlanSummary::issuingUnitName)
                .contains("Huyện Chư Prông", "Thành phố Pleiku", "Huyện Chư Sê");
        Set<Long> districtIds = districts.stream().map(PlanSummary::id).collect(Collectors.toSet());
        assertThat(live)
                .filteredOn(p -> p.parentPlanId() != null && districtIds.contains(p.parentPlanId()))
                .extracting(PlanSummary::issuingUnitName)
                .contains("Xã Ia Tôr", "Xã Ia Boong", "Phường Hội Phú");
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
    void aDistrictsOwnPlanCarriesDownWhatTheProvincePassesOnAndItsCommunesLeadTheirParts() {
        vn.cchc.portal.plan.DemoPlans demo = new vn.cchc.portal.plan.DemoPlans(plans, units);
        long province =
                plans.findByKey("live/" + year() + "/tinh").orElseThrow().id();
        long ducCo = demo.unit("H03");
        long sub = subPlans.create(province, ducCo).id();
        vn.cchc.portal.plan.PlanDetail draft = plans.get(sub);
        vn.cchc.portal.plan.PlanItemView passedOn = vn.cchc.portal.plan.DemoPlans.item(draft, "3.2");
        assertThat(passedOn.leadUnitId()).isNull();
        assertThat(passedOn.leads())
                .containsExactly(vn.cchc.portal.plan.ItemAssignee.group(
                                vn.cchc.portal.organization.OrgUnitGroup.ALL_COMMUNE_COMMITTEES)
                        .asLead(true));
        assertThat(vn.cchc.portal.plan.DemoPlans.item(draft, "1.2").leadUnitId())
                .isEqualTo(ducCo);

        vn.cchc.portal.plan.PlanHeaderForm header = draft.header();
        header.setNumber("52/KH-UBND");
        header.setIssueDate(LocalDate.now(clock));
        header.setSigner(header.getSigner().withTitle("CHỦ TỊCH").withName("Nguyễn Văn An"));
        plans.updateHeader(header);
        plans.issue(sub);

        long passedOnItems = plans.get(sub).items().stream()
                .filter(i -> i.leadUnitId() == null && i.kind() == vn.cchc.portal.plan.PlanItemKind.ITEM)
                .count();
        List<AssignmentSummary> parts = assignments.ofPlan(sub);
        assertThat(parts).noneMatch(a -> a.unitId() == ducCo);
        assertThat(parts).allSatisfy(a -> assertThat(a.role()).isEqualTo(AssignmentRole.LEAD));
        assertThat(parts.stream().map(AssignmentSummary::unitId).distinct().count())
                .isEqualTo(10);
        assertThat(parts).hasSize((int) (10 * passedOnItems));
        AssignmentSummary districtTask = assignments.ofPlan(province).stream()
                .filter(a -> a.unitId() == ducCo && a.itemId() == passedOn.sourceItemId())
                .findFirst()
                .orElseThrow();
        assertThat(assignments.get(districtTask.id()).cascade().subPlanNumber()).isEqualTo("52/KH-UBND");
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
    @WithUserDetails(value = "chutich.chuprong", userDetailsServiceBeanName = "dbUserDetailsService")
    void theDistrictChairmanHasLiveWorkAndSeesHowHisCommunesDoWithWhatHePassedOn() {
        List<AssignmentSummary> tasks = myTasks();
        hasOpenAndOverdueWork(tasks);
        AssignmentSummary passedOn = tasks.stream()
                .filter(AssignmentSummary::passOn)
                .filter(t -> t.isOverdue())
                .findFirst()
                .orElseThrow();
        CascadeProgress cascade = assignments.get(passedOn.id()).cascade();
        assertThat(cascade.subPlanNumber()).isEqualTo("45/KH-UBND");
        assertThat(cascade.units()).isEqualTo(20);
        assertThat(cascade.done()).isPositive();
        assertThat(cascade.parts()).extracting(AssignmentSummary::unitName).contains("Xã Ia Tôr");
    }

    @Test
    @WithUserDetails(value = "chutich.iator", userDetailsServiceBeanName = "dbUserDetailsService")
    void theCommuneChairmanHasLiveWorkFromTheDistrictsPlanAndItsOwn() {
        List<AssignmentSummary> tasks = myTasks();
        hasOpenAndOverdueWork(tasks);
        assertThat(tasks).extracting(AssignmentSummary::planNumber).contains("45/KH-UBND", "09/KH-UBND");
        assertThat(tasks)
                .extracting(AssignmentSummary::latestState)
                .contains(UpdateState.RETURNED, UpdateState.SUBMITTED);
        assertThat(tasks.stream().map(AssignmentSummary::itemId).toList()).doesNotHaveDuplicates();
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
