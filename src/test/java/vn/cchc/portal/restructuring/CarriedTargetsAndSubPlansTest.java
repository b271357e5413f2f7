package vn.cchc.portal.restructuring;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.indicator.AuditEntry;
import vn.cchc.portal.indicator.IndicatorSet;
import vn.cchc.portal.indicator.MilestoneInfo;
import vn.cchc.portal.indicator.TargetRow;
import vn.cchc.portal.indicator.TargetService;
import vn.cchc.portal.indicator.UnitLevel;
import vn.cchc.portal.organization.EndedUnits;
import vn.cchc.portal.organization.OrgUnitAdministration;
import vn.cchc.portal.organization.OrgUnitKind;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.UnitForm;
import vn.cchc.portal.organization.WorkKind;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanStatus;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.plan.SubPlanService;
import vn.cchc.portal.support.MutableClock;
import vn.cchc.portal.support.SignIn;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.cchc.portal.restructuring.Reorganisation.EFFECTIVE;
import static vn.cchc.portal.restructuring.Reorganisation.LAST_DAY;
import static vn.cchc.portal.restructuring.Reorganisation.unitLead;

/**
 * Besides tasks, a merge moves a target set for a milestone still ahead and a sub-plan still in draft to the
 * successor, each recorded with the reason.
 */
@SpringBootTest
@Transactional
class CarriedTargetsAndSubPlansTest {

    @Autowired
    CarryOverService carryOver;

    @Autowired
    OrgUnitAdministration administration;

    @Autowired
    OrgUnitService units;

    @Autowired
    PlanService plans;

    @Autowired
    SubPlanService subPlans;

    @Autowired
    TargetService targets;

    @Autowired
    UserDetailsService users;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    @Test
    void theDraftSubPlanOfAMergedCommuneBecomesItsSuccessorsDraft() {
        Reorganisation area = new Reorganisation(context);
        long parent = area.issuedPlan(
                area.district, "941/KH-UBND", LocalDate.of(2025, 4, 1), List.of(unitLead(area.communeOne)));
        SignIn.as(users, "chuyenvien.snv");
        long draft = subPlans.create(parent, area.communeOne).id();
        SignIn.as(users, "admin");
        units.end(area.communeOne, LAST_DAY, area.ward);
        clock.setDay(EFFECTIVE);
        carryOver.run();

        assertThat(carryOver.ofUnit(area.communeOne))
                .extracting(CarryOverItem::kind, CarryOverItem::workId, CarryOverItem::decision, CarryOverItem::toUnit)
                .contains(tuple(WorkKind.SUB_PLAN, draft, CarryOverDecision.MOVED, "Phường Thử Mới"));
        PlanSummary moved = plans.get(draft).summary();
        assertThat(moved.issuingUnitId()).isEqualTo(area.ward);
        assertThat(moved.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plans.history(draft, java.util.Locale.of("vi")))
                .filteredOn(r -> "CARRIED_OVER".equals(r.action()) && "issuingUnitId".equals(r.field()))
                .extracting(r -> r.oldValue(), r -> r.newValue())
                .containsExactly(tuple("Xã Thử Một", "Phường Thử Mới"));
    }

    @Test
    void aTargetOfAMergedDepartmentAtAMilestoneAheadGoesToTheMergedDepartment() {
        SignIn.as(users, "chuyenvien.snv");
        LocalDate today = clock.today();
        long planId = targets.plans().stream()
                .filter(p -> p.status() == PlanStatus.ISSUED)
                .filter(p -> targets.set(p.id())
                        .map(s -> s.milestones().getLast().date().isAfter(today))
                        .orElse(false))
                .findFirst()
                .orElseThrow()
                .id();
        IndicatorSet set = targets.set(planId).orElseThrow();
        MilestoneInfo ahead = set.milestones().getLast();
        TargetRow department = targets.fullMatrix(planId).rows().stream()
                .filter(r -> r.level() == UnitLevel.DEPARTMENT)
                .findFirst()
                .orElseThrow();
        long indicator = set.indicators().getFirst().id();
        targets.override(planId, indicator, department.unitId(), ahead.id(), "77,5", "Giao riêng cho sở");

        SignIn.as(users, "admin");
        long province = units.find("UBT").orElseThrow().id();
        UnitForm form = UnitForm.under(province, OrgUnitKind.DEPARTMENT, today.minusDays(10));
        form.setCode("F15-SO-HOP-NHAT");
        form.setName("Sở Thử Hợp Nhất");
        long merged = administration.create(form).id();
        EndedUnits.end(context, department.unitId(), today.minusDays(1), merged);
        carryOver.run();

        assertThat(carryOver.ofUnit(department.unitId()))
                .filteredOn(i -> i.kind() == WorkKind.TARGET)
                .extracting(CarryOverItem::decision, CarryOverItem::toUnitId)
                .containsExactly(tuple(CarryOverDecision.MOVED, merged));
        SignIn.as(users, "chuyenvien.snv");
        assertThat(targets.history(planId))
                .filteredOn(e -> e.action().contains("CARRIED_OVER"))
                .extracting(AuditEntry::unitName, AuditEntry::reason)
                .singleElement()
                .satisfies(t -> assertThat(t.toList())
                        .containsExactly(
                                "Sở Thử Hợp Nhất",
                                "Chuyển từ " + department.unitName() + " sang Sở Thử Hợp Nhất do sắp xếp đơn vị: "
                                        + department.unitName() + " kết thúc ngày "
                                        + vn.cchc.portal.shared.Formats.date(today.minusDays(1))
                                        + ", Sở Thử Hợp Nhất tiếp nhận từ ngày "
                                        + vn.cchc.portal.shared.Formats.date(today)
                                        + "."));
    }
}
