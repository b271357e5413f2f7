package vn.cchc.portal.restructuring;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.indicator.TargetRow;
import vn.cchc.portal.indicator.TargetService;
import vn.cchc.portal.indicator.UnitLevel;
import vn.cchc.portal.organization.EndedUnits;
import vn.cchc.portal.organization.OrgUnitAdministration;
import vn.cchc.portal.organization.OrgUnitKind;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.UnitForm;
import vn.cchc.portal.plan.PlanStatus;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.support.SignIn;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicator plan after a district is dissolved: a commune left unchanged, still filed under the ended district,
 * keeps its targets in the plan (it was left out, its district not being among the units of the issue date), and
 * with no district in force the communes are listed without choosing one.
 */
@SpringBootTest
@Transactional
class IndicatorPlanAfterTheChangeTest {

    @Autowired
    TargetService targets;

    @Autowired
    OrgUnitAdministration administration;

    @Autowired
    OrgUnitService units;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @Test
    void aCommuneUnderItsDissolvedDistrictKeepsItsTargetsInThePlan() {
        SignIn.as(users, "chuyenvien.snv");
        PlanSummary plan = targets.plans().stream()
                .filter(p -> p.status() == PlanStatus.ISSUED && p.issueDate() != null)
                .filter(p -> targets.set(p.id()).isPresent())
                .filter(p -> targets.fullMatrix(p.id()).rows().stream().anyMatch(r -> r.level() == UnitLevel.COMMUNE))
                .findFirst()
                .orElseThrow();
        LocalDate issued = plan.issueDate();

        SignIn.as(users, "admin");
        long province = units.find("UBT").orElseThrow().id();
        UnitForm districtForm = UnitForm.under(province, OrgUnitKind.DISTRICT, LocalDate.of(2020, 1, 1));
        districtForm.setCode("Q15-H");
        districtForm.setName("Huyện Thử Giải Thể");
        long district = administration.create(districtForm).id();
        UnitForm communeForm = UnitForm.under(district, OrgUnitKind.COMMUNE, LocalDate.of(2020, 1, 1));
        communeForm.setCode("Q15-X");
        communeForm.setName("Xã Thử Giữ Nguyên");
        long commune = administration.create(communeForm).id();
        EndedUnits.end(context, district, issued.minusDays(1), null);

        assertThat(units.unitsOn(issued))
                .as("the units in force on the issue date hold the commune, not its district")
                .extracting(u -> u.id())
                .contains(commune)
                .doesNotContain(district);
        SignIn.as(users, "chuyenvien.snv");
        assertThat(targets.fullMatrix(plan.id()).rows())
                .filteredOn(r -> r.unitId() == commune)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.level()).isEqualTo(UnitLevel.COMMUNE);
                    assertThat(r.districtId()).isNull();
                });
        assertThat(targets.matrix(plan.id(), UnitLevel.COMMUNE, null).rows())
                .as("communes with no district in force, listed without choosing a district")
                .extracting(TargetRow::unitId)
                .contains(commune);
        assertThat(targets.matrix(plan.id(), UnitLevel.DISTRICT, null).rows())
                .extracting(TargetRow::unitId)
                .doesNotContain(district);
    }
}
