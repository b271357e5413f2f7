package vn.cchc.portal.restructuring;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.assignment.AssignmentService;
import vn.cchc.portal.assignment.AssignmentSummary;
import vn.cchc.portal.support.MutableClock;
import vn.cchc.portal.support.SignIn;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.cchc.portal.restructuring.Reorganisation.EFFECTIVE;
import static vn.cchc.portal.restructuring.Reorganisation.LAST_DAY;
import static vn.cchc.portal.restructuring.Reorganisation.allCommunes;
import static vn.cchc.portal.restructuring.Reorganisation.unitLead;

/**
 * The assignment-by-level rule follows the structure in force on a plan's issue date: before 01/7/2025 a province
 * plan's work for communes goes to their district, which passes it on; after it, with no district level, a province
 * plan addresses communes and wards directly (a commune still filed under its dissolved district too).
 */
@SpringBootTest
@Transactional
class PlansAfterTheReorganisationTest {

    @Autowired
    AssignmentService assignments;

    @Autowired
    UserDetailsService users;

    @Autowired
    MutableClock clock;

    private Reorganisation area;
    private Set<Long> mine;

    @BeforeEach
    void theDistrictEndsOnThirtiethJuneAndTwoOfItsCommunesMergeIntoTheWard() {
        area = new Reorganisation(context);
        area.mergeTheFirstTwoCommunesIntoTheWard();
        mine = Set.of(area.district, area.communeOne, area.communeTwo, area.communeThree, area.ward, area.newCommune);
    }

    private List<AssignmentSummary> myUnitsTasks(long planId) {
        SignIn.as(users, "chuyenvien.snv");
        return assignments.ofPlan(planId).stream()
                .filter(a -> mine.contains(a.unitId()))
                .toList();
    }

    @Test
    void aProvincePlanIssuedBeforeTheChangeStillGoesThroughTheDistrict() {
        long plan = area.issuedPlan(
                area.province,
                "911/KH-UBND",
                LocalDate.of(2025, 3, 20),
                List.of(allCommunes(), unitLead(area.communeThree)));

        assertThat(myUnitsTasks(plan))
                .extracting(AssignmentSummary::itemNumber, AssignmentSummary::unitId, AssignmentSummary::passOn)
                .containsExactlyInAnyOrder(tuple("1", area.district, true), tuple("2", area.district, true));
    }

    @Test
    void aProvincePlanIssuedAfterTheChangeCreatesAssignmentsForCommunesAndWardsDirectly() {
        clock.setDay(EFFECTIVE);
        SignIn.as(users, "admin");
        // the district is dissolved; "Xã Thử Ba" stays as it was, still filed under it
        endDirectly(area.district);
        long plan = area.issuedPlan(
                area.province,
                "912/KH-UBND",
                LocalDate.of(2025, 7, 15),
                List.of(allCommunes(), unitLead(area.communeThree)));

        assertThat(myUnitsTasks(plan))
                .extracting(AssignmentSummary::itemNumber, AssignmentSummary::unitId, AssignmentSummary::passOn)
                .containsExactlyInAnyOrder(
                        tuple("1", area.ward, false),
                        tuple("1", area.newCommune, false),
                        tuple("1", area.communeThree, false),
                        tuple("2", area.communeThree, false));
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    private void endDirectly(long unitId) {
        vn.cchc.portal.organization.EndedUnits.end(context, unitId, LAST_DAY, null);
    }
}
