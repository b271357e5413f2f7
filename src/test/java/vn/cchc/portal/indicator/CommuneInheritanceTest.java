package vn.cchc.portal.indicator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.shared.BusinessException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ia Tôr (001 §III) shows the targets of Chư Prông until a target is overridden, in 629 or in its own plan. */
@SpringBootTest
@Transactional
class CommuneInheritanceTest {

    @Autowired
    TargetService targets;

    @Autowired
    PlanService plans;

    @Autowired
    OrgUnitService units;

    @Autowired
    UserDetailsService users;

    IndicatorFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new IndicatorFixtures(plans, units, users);
        fixtures.signInAs("chuyenvien.snv");
    }

    private List<String> iaTor(long planId, String code) {
        TargetRow row = targets.row(planId, fixtures.unit("Xã Ia Tôr"));
        IndicatorSet set = targets.set(planId).orElseThrow();
        int i = set.indicators().stream().map(IndicatorInfo::code).toList().indexOf(code);
        return List.of(0, 1).stream()
                .map(m -> row.cell(i, m))
                .map(c -> c.target().stripTrailingZeros().toPlainString() + " " + c.source())
                .toList();
    }

    @Test
    void iaTorShowsThirtySixtyTwentyFiftyFiveFiftyHundredInheritedFromChuProng() {
        for (long plan : List.of(fixtures.campaign(), fixtures.iaTorPlan())) {
            assertThat(iaTor(plan, "766.3")).containsExactly("30 INHERITED", "60 INHERITED");
            assertThat(iaTor(plan, "766.4")).containsExactly("20 INHERITED", "55 INHERITED");
            assertThat(iaTor(plan, "766.6")).containsExactly("50 INHERITED", "100 INHERITED");
            assertThat(iaTor(plan, "766.1")).containsExactly("100 INHERITED", "100 INHERITED");
            TargetRow row = targets.row(plan, fixtures.unit("Xã Ia Tôr"));
            assertThat(row.cell(2, 1).inheritedFrom()).isEqualTo("Huyện Chư Prông");
            assertThat(row.cell(2, 1).baseline()).isEqualByComparingTo("0.2");
        }
        assertThat(targets.set(fixtures.iaTorPlan()).orElseThrow().inherited()).isTrue();
    }

    @Test
    void aChangeOfTheDistrictsTargetReachesItsCommunesUntilTheCommuneIsOverridden() {
        long campaign = fixtures.campaign();
        IndicatorSet set = targets.set(campaign).orElseThrow();
        long online = set.indicators().get(2).id();
        long day100 = set.milestones().getLast().id();
        targets.override(campaign, online, fixtures.unit("Huyện Chư Prông"), day100, "65", "Huyện đăng ký cao hơn");
        assertThat(iaTor(campaign, "766.3")).containsExactly("30 INHERITED", "65 INHERITED");

        fixtures.signInAs("chutich.iator");
        TargetCell own = targets.override(
                fixtures.iaTorPlan(),
                online,
                fixtures.unit("Xã Ia Tôr"),
                day100,
                "70,5",
                "Kế hoạch của xã đặt chỉ tiêu cao hơn");
        assertThat(own.source()).isEqualTo(CellSource.OVERRIDE);
        assertThat(own.target()).isEqualByComparingTo("70.5");
        assertThat(own.computed()).isEqualByComparingTo("65");
        assertThat(own.setBy()).isEqualTo("chutich.iator");
        fixtures.signInAs("chuyenvien.snv");
        assertThat(iaTor(campaign, "766.3")).containsExactly("30 INHERITED", "70.5 OVERRIDE");
        // not "the first entry": other tests may have written later entries of the same campaign
        assertThat(targets.history(campaign))
                .filteredOn(e -> "Xã Ia Tôr".equals(e.unitName()) && "TARGET_OVERRIDDEN".equals(e.action()))
                .anySatisfy(e -> {
                    assertThat(e.oldValue()).isEqualTo("65");
                    assertThat(e.newValue()).isEqualTo("70.5");
                    assertThat(e.reason()).isEqualTo("Kế hoạch của xã đặt chỉ tiêu cao hơn");
                });
    }

    @Test
    void anOverrideNeedsAReasonAndAValueInRange() {
        long campaign = fixtures.campaign();
        IndicatorSet set = targets.set(campaign).orElseThrow();
        long online = set.indicators().get(2).id();
        long day50 = set.milestones().getFirst().id();
        long unit = fixtures.unit("Sở Tư pháp");
        assertThatThrownBy(() -> targets.override(campaign, online, unit, day50, "40", "  "))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Vui lòng nhập lý do điều chỉnh.");
        assertThatThrownBy(() -> targets.override(campaign, online, unit, day50, "130", "Lý do"))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("130 nằm ngoài khoảng cho phép");
        assertThatThrownBy(() -> targets.override(campaign, online, fixtures.unit("Ban Dân tộc"), day50, "40", "x"))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("không được giao chỉ tiêu");
    }

    @Test
    void aCommuneHeadOverridesOnlyItsOwnUnitAndOnlyInItsOwnPlan() {
        long online = targets.set(fixtures.campaign())
                .orElseThrow()
                .indicators()
                .get(2)
                .id();
        long day100 = targets.set(fixtures.campaign())
                .orElseThrow()
                .milestones()
                .getLast()
                .id();
        fixtures.signInAs("chutich.iator");
        assertThatThrownBy(() -> targets.override(
                        fixtures.campaign(),
                        online,
                        fixtures.unit("Xã Ia Tôr"),
                        day100,
                        "70",
                        "Không phải kế hoạch của xã"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> targets.override(
                        fixtures.iaTorPlan(), online, fixtures.unit("Xã Ia Bang"), day100, "70", "Xã khác"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(targets.matrix(fixtures.campaign(), UnitLevel.COMMUNE, fixtures.unit("Huyện Chư Prông"))
                        .rows())
                .extracting(TargetRow::unitName)
                .containsExactly("Xã Ia Tôr");
    }
}
