package vn.cchc.portal.report;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.indicator.TargetRow;
import vn.cchc.portal.indicator.TargetService;
import vn.cchc.portal.organization.EndedUnits;
import vn.cchc.portal.organization.OrgUnitAdministration;
import vn.cchc.portal.organization.OrgUnitKind;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.UnitForm;
import vn.cchc.portal.plan.PeriodKind;
import vn.cchc.portal.plan.PlanFilter;
import vn.cchc.portal.plan.PlanKind;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.ReportingPeriodService;
import vn.cchc.portal.restructuring.CarryOverService;
import vn.cchc.portal.support.MutableClock;
import vn.cchc.portal.support.SignIn;

import java.io.IOException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After the 2025 reorganisation has ended units and their work has been carried over, the documents of earlier
 * years still print the names they were written with: plan 1908/KH-UBND (2023) its lead "Sở Thông tin và Truyền
 * thông" (merged into Sở Khoa học và Công nghệ on 01/3/2025), the 2024 campaign report a commune merged into a ward
 * on 01/7/2025, with its district.
 */
@SpringBootTest
@Transactional
class OldNamesAfterTheReorganisationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    OrgUnitAdministration administration;

    @Autowired
    OrgUnitService units;

    @Autowired
    CarryOverService carryOver;

    @Autowired
    PlanService plans;

    @Autowired
    ReportingPeriodService periods;

    @Autowired
    TargetService targets;

    @Autowired
    ReportCatalog catalog;

    @Autowired
    UserDetailsService users;

    @Autowired
    MutableClock clock;

    @Test
    void plan1908AndThe2024CampaignReportPrintTheOldNamesAfterTheUnitsEndedAndTheirWorkMoved() throws IOException {
        SignIn.as(users, "lanhdao.ubnd");
        long plan629 = plans.list(new PlanFilter(2024, PlanKind.CAMPAIGN, null, null, "629/KH-UBND")).stream()
                .filter(p -> "629/KH-UBND".equals(p.number()))
                .findFirst()
                .orElseThrow()
                .id();
        TargetRow commune = targets.fullMatrix(plan629).rows().stream()
                .filter(r -> r.districtName() != null)
                .findFirst()
                .orElseThrow();

        SignIn.as(users, "admin");
        long province = units.find("UBT").orElseThrow().id();
        UnitForm form = UnitForm.under(province, OrgUnitKind.COMMUNE, LocalDate.of(2025, 7, 1));
        form.setCode("F15-PHUONG-MOI");
        form.setName("Phường Sau Sắp Xếp");
        long ward = administration.create(form).id();
        EndedUnits.end(
                context,
                units.find("STTTT").orElseThrow().id(),
                LocalDate.of(2025, 2, 28),
                units.find("SKHCN").orElseThrow().id());
        EndedUnits.end(context, commune.unitId(), LocalDate.of(2025, 6, 30), ward);
        clock.setDay(LocalDate.of(2025, 7, 1));
        carryOver.run();

        SignIn.as(users, "lanhdao.ubnd");
        long plan1908 = plans.list(new PlanFilter(2023, null, null, null, "1908"))
                .getFirst()
                .id();
        String plan = PdfChecks.text(catalog.generate(ReportRequest.plan(plan1908), ExportFormat.PDF, null)
                        .content())
                .replaceAll("\\s+", " ");
        assertThat(plan).contains("Sở Thông tin và Truyền thông").doesNotContain("Phường Sau Sắp Xếp");

        long day100 = periods.ofPlan(plan629).stream()
                .filter(p -> p.kind() == PeriodKind.FINAL)
                .findFirst()
                .orElseThrow()
                .id();
        String report = PdfChecks.text(
                        catalog.generate(ReportRequest.campaign(plan629, day100, false), ExportFormat.PDF, null)
                                .content())
                .replaceAll("\\s+", " ");
        assertThat(report)
                .contains(commune.unitName() + " (" + commune.districtName() + ")", "Sở Thông tin và Truyền thông")
                .doesNotContain("Phường Sau Sắp Xếp");
    }
}
