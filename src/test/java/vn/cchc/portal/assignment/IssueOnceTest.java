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
import vn.cchc.portal.support.Race;

import java.time.LocalDate;
import java.util.List;

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
        List<String> outcomes = Race.atOnce(
                () -> fixtures.signInAs("chuyenvien.snv"), () -> plans.issue(planId), () -> plans.issue(planId));
        Race.assertOneWentThroughAndTheOthersWereTold(outcomes, "đã được ban hành");

        fixtures.signInAs("chuyenvien.snv");
        List<AssignmentSummary> created = assignments.ofPlan(planId);
        assertThat(created).isNotEmpty();
        assertThat(created).extracting(a -> a.itemId() + "/" + a.unitId()).doesNotHaveDuplicates();
        assertThat(plans.get(planId).summary().status()).isEqualTo(PlanStatus.ISSUED);
    }
}
