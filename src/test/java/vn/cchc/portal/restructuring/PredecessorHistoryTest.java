package vn.cchc.portal.restructuring;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.assignment.DashboardService;
import vn.cchc.portal.assignment.UnitHistory;
import vn.cchc.portal.organization.UnitWorkload;
import vn.cchc.portal.support.SignIn;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.cchc.portal.restructuring.Reorganisation.unitLead;

/**
 * A ward formed on 01/7/2025 from two communes shows its progress figures with its communes' history: tasks summed,
 * percent complete weighted by tasks, the years that include the communes marked as such.
 */
@SpringBootTest
@Transactional
class PredecessorHistoryTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DashboardService dashboards;

    @Autowired
    UserDetailsService users;

    @Test
    void theWardsFiguresOf2025IncludeItsCommunesTasksSummedAndTheirPercentWeightedByTasks() {
        Reorganisation area = new Reorganisation(context);
        long before = area.issuedPlan(
                area.district,
                "931/KH-UBND",
                LocalDate.of(2025, 3, 10),
                List.of(unitLead(area.communeOne), unitLead(area.communeTwo)));
        long task = area.taskOf(before, area.communeOne).id();
        area.reported(task, area.communeOne, "f15.lichsu", 60, "Đã thực hiện 60%", true);
        area.mergeTheFirstTwoCommunesIntoTheWard();
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
