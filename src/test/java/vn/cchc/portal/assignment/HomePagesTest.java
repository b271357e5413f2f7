package vn.cchc.portal.assignment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.UnitWorkload;
import vn.cchc.portal.plan.PlanItemService;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanStatus;
import vn.cchc.portal.support.MutableClock;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What each role's home page counts: a unit's own urgent work, the province plan in force, the review queue. */
@SpringBootTest
@Transactional
@WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
class HomePagesTest {

    @Autowired
    PlanService plans;

    @Autowired
    PlanItemService items;

    @Autowired
    OrgUnitService units;

    @Autowired
    UserDetailsService users;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ReviewService reviews;

    @Autowired
    DashboardService dashboards;

    @Autowired
    UnitWorkload workload;

    @Autowired
    MutableClock clock;

    AssignmentFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new AssignmentFixtures(plans, items, units, users);
        today = clock.today();
    }

    @Test
    void aUnitHeadSeesItsOverdueAndDueSoonTasksAndItsUnitsFigures() {
        long overduePlan = fixtures.issuedPlan("711/KH-UBND", today.minusMonths(2), today.minusDays(2));
        long soonPlan = fixtures.issuedPlan("712/KH-UBND", today, today.plusDays(5));
        long laterPlan = fixtures.issuedPlan("713/KH-UBND", today, today.plusMonths(3));
        fixtures.signInAs("giamdoc.stp");
        long overdue = task(overduePlan);
        long soon = task(soonPlan);
        long later = task(laterPlan);

        UnitDashboard home = dashboards.unit();

        assertThat(home.overdue())
                .extracting(AssignmentSummary::id)
                .contains(overdue)
                .doesNotContain(soon, later);
        assertThat(home.dueSoon())
                .extracting(AssignmentSummary::id)
                .contains(soon)
                .doesNotContain(overdue, later);
        assertThat(home.open()).isGreaterThanOrEqualTo(3);
        long stp = fixtures.unit("STP");
        assertThat(workload.of(List.of(stp)).get(stp)).satisfies(f -> {
            assertThat(f.tasks()).isGreaterThanOrEqualTo(3);
            assertThat(f.overdue()).isGreaterThanOrEqualTo(1);
        });
        // another unit's figures are not the head's to see
        long snv = fixtures.unit("SNV");
        assertThat(workload.of(List.of(snv))).doesNotContainKey(snv);
    }

    @Test
    void thePlannerSeesThePlanInForceAndTheReviewQueueTheLeaderOnlyThePlan() {
        fixtures.issuedPlan("714/KH-UBND", today, today.plusMonths(1));

        ProvinceDashboard planner = dashboards.province();
        assertThat(planner.plan()).isNotNull();
        assertThat(planner.plan().status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(planner.plan().parentPlanId()).isNull();
        assertThat(planner.overview().planId()).isEqualTo(planner.plan().id());
        assertThat(planner.waitingReview()).isEqualTo(reviews.queueSize());

        fixtures.signInAs("lanhdao.ubnd");
        ProvinceDashboard leader = dashboards.province();
        assertThat(leader.plan().id()).isEqualTo(planner.plan().id());
        assertThat(leader.waitingReview()).isZero();
        assertThat(leader.oldestWaiting()).isEmpty();

        fixtures.signInAs("giamdoc.stp");
        assertThatThrownBy(dashboards::province).isInstanceOf(AccessDeniedException.class);
    }

    private long task(long planId) {
        return assignments
                .myUnitTasks(new TaskFilter(planId, null, null, false, false, null))
                .getFirst()
                .id();
    }
}
