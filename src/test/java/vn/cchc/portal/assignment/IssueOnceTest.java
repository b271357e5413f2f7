package vn.cchc.portal.assignment;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.plan.PlanItemService;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanStatus;
import vn.cchc.portal.shared.BusinessException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Ban hành" clicked twice, or by two people at the same moment: the plan is issued once, its assignments are created
 * once, and the second click gets a message saying it is already issued instead of an error.
 */
@SpringBootTest
class IssueOnceTest {

    @Autowired
    PlanService plans;

    @Autowired
    PlanItemService items;

    @Autowired
    OrgUnitService units;

    @Autowired
    UserDetailsService dbUserDetailsService;

    @Autowired
    AssignmentService assignments;

    private AssignmentFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AssignmentFixtures(plans, items, units, dbUserDetailsService);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSecondIssueOfTheSamePlanIsRefusedWithAMessageAndCreatesNothing() {
        long planId = fixtures.readyDraft("13/KH-HAI-LAN", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 10, 30));
        plans.issue(planId);
        List<AssignmentSummary> once = assignments.ofPlan(planId);

        assertThatThrownBy(() -> plans.issue(planId))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("đã được ban hành");

        assertThat(assignments.ofPlan(planId))
                .extracting(AssignmentSummary::id)
                .containsExactlyInAnyOrderElementsOf(
                        once.stream().map(AssignmentSummary::id).toList());
        assertThat(plans.get(planId).summary().status()).isEqualTo(PlanStatus.ISSUED);
    }

    @Test
    void twoIssuesAtTheSameMomentIssueOnceAndTheOtherIsToldSo() throws Exception {
        long planId = fixtures.readyDraft("13/KH-CUNG-LUC", LocalDate.of(2026, 3, 3), LocalDate.of(2026, 10, 30));
        SecurityContextHolder.clearContext();
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> click = () -> {
            fixtures.signInAs("chuyenvien.snv");
            start.await();
            try {
                plans.issue(planId);
                return "issued";
            } catch (BusinessException refused) {
                return refused.getMessage();
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> clicks = new ArrayList<>();
        try {
            clicks.add(pool.submit(click));
            clicks.add(pool.submit(click));
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : clicks) {
                outcomes.add(f.get(5, TimeUnit.MINUTES));
            }
            assertThat(outcomes).filteredOn("issued"::equals).hasSize(1);
            assertThat(outcomes)
                    .filteredOn(o -> !o.equals("issued"))
                    .singleElement()
                    .satisfies(message -> assertThat(message).contains("đã được ban hành"));
        } finally {
            pool.shutdownNow();
        }

        fixtures.signInAs("chuyenvien.snv");
        List<AssignmentSummary> created = assignments.ofPlan(planId);
        assertThat(created).isNotEmpty();
        assertThat(created).extracting(a -> a.itemId() + "/" + a.unitId()).doesNotHaveDuplicates();
        assertThat(plans.get(planId).summary().status()).isEqualTo(PlanStatus.ISSUED);
    }
}
