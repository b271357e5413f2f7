package vn.cchc.portal.restructuring;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.assignment.AssignmentDetail;
import vn.cchc.portal.assignment.AssignmentService;
import vn.cchc.portal.assignment.DashboardService;
import vn.cchc.portal.assignment.ProgressService;
import vn.cchc.portal.assignment.ReviewService;
import vn.cchc.portal.assignment.UnitHistory;
import vn.cchc.portal.assignment.UpdateForm;
import vn.cchc.portal.organization.OrgUnitAdministration;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.UnitWorkload;
import vn.cchc.portal.plan.PlanItemService;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.security.UserService;
import vn.cchc.portal.support.MutableClock;
import vn.cchc.portal.support.SignIn;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.cchc.portal.restructuring.Reorganisation.LAST_DAY;
import static vn.cchc.portal.restructuring.Reorganisation.unitLead;

/**
 * A ward formed on 01/7/2025 from two communes shows its progress figures with its communes' history: tasks summed,
 * percent complete weighted by tasks, the years that include the communes marked as such.
 */
@SpringBootTest
@Transactional
class PredecessorHistoryTest {

    @Autowired
    OrgUnitAdministration administration;

    @Autowired
    OrgUnitService units;

    @Autowired
    PlanService plans;

    @Autowired
    PlanItemService items;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ProgressService progress;

    @Autowired
    ReviewService reviews;

    @Autowired
    DashboardService dashboards;

    @Autowired
    UserService userService;

    @Autowired
    UserDetailsService users;

    @Autowired
    MutableClock clock;

    @Test
    void theWardsFiguresOf2025IncludeItsCommunesTasksSummedAndTheirPercentWeightedByTasks() {
        Reorganisation area = new Reorganisation(administration, units, plans, items, userService, users, clock);
        long before = area.issuedPlan(
                area.district,
                "931/KH-UBND",
                LocalDate.of(2025, 3, 10),
                List.of(unitLead(area.communeOne), unitLead(area.communeTwo)));
        long task = assignments.ofPlan(before).stream()
                .filter(a -> a.unitId() == area.communeOne)
                .findFirst()
                .orElseThrow()
                .id();
        area.headOf(area.communeOne, "f15.lichsu");
        SignIn.as(users, "f15.lichsu");
        AssignmentDetail detail = assignments.get(task);
        UpdateForm report = UpdateForm.of(detail);
        report.setPercent(60);
        report.setResult("Đã thực hiện 60%");
        long update = progress.saveDraft(report).updateId();
        progress.submit(update);
        SignIn.as(users, "chuyenvien.snv");
        reviews.accept(update);

        SignIn.as(users, "admin");
        units.end(area.communeOne, LAST_DAY, area.ward);
        units.end(area.communeTwo, LAST_DAY, area.ward);
        area.issuedPlan(area.province, "932/KH-UBND", LocalDate.of(2025, 8, 1), List.of(unitLead(area.ward)));

        SignIn.as(users, "lanhdao.ubnd");
        UnitHistory history = dashboards.history(area.ward);
        assertThat(history.predecessors()).containsExactlyInAnyOrder("Xã Thử Một", "Xã Thử Hai");
        assertThat(history.years()).singleElement().satisfies(year -> {
            assertThat(year.year()).isEqualTo(2025);
            assertThat(year.includesPredecessors()).isTrue();
            assertThat(year.own()).extracting(UnitWorkload.Figures::tasks).isEqualTo(1L);
            assertThat(year.predecessors().tasks()).isEqualTo(2);
            assertThat(year.predecessors().averagePercent()).isCloseTo(30.0, within(0.001));
            assertThat(year.combined().tasks()).isEqualTo(3);
            assertThat(year.combined().averagePercent()).isCloseTo(20.0, within(0.001));
        });
        assertThat(dashboards.history(area.newCommune).predecessors()).isEmpty();
    }
}
