package vn.cchc.portal.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitGroup;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.support.MutableClock;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Unit heads manage only their own unit's plans: a commune head derives its own sub-plan from an issued plan and
 * can touch nothing above it; leaders only read.
 */
@SpringBootTest
@vn.cchc.portal.support.RestructuredDemo
@Transactional
class PlanAccessTest {

    private static final String USERS = "dbUserDetailsService";

    @Autowired
    PlanService plans;

    @Autowired
    PlanItemService items;

    @Autowired
    SubPlanService subPlans;

    @Autowired
    OrgUnitService units;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    @Autowired
    MutableClock clock;

    private void signInAs(String username) {
        var user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                                user, null, user.getAuthorities()));
    }

    /** A province plan issued by a planner: one task for every commune committee, one for Sở Tư pháp. */
    private long provincePlan(PlanFixtures fixtures) {
        signInAs("chuyenvien.snv");
        long planId = fixtures.draft("UBT", "Kế hoạch triển khai cấp tỉnh");
        fixtures.item(
                planId,
                null,
                "1",
                "Mọi xã công khai TTHC",
                "SNV",
                PlanFixtures.groups(OrgUnitGroup.ALL_COMMUNE_COMMITTEES, OrgUnitGroup.ALL_DISTRICT_COMMITTEES));
        fixtures.item(planId, null, "2", "Rà soát văn bản QPPL", "STP", List.of());
        fixtures.sign(planId, "99/KH-UBND");
        plans.issue(planId);
        return planId;
    }

    @Test
    @WithUserDetails(value = "giamdoc.stp", userDetailsServiceBeanName = USERS)
    void aUnitHeadCannotCreateOrEditProvincePlans() {
        PlanFixtures fixtures = new PlanFixtures(plans, items, units);
        assertThatThrownBy(() -> fixtures.draft("UBT", "Kế hoạch của tỉnh")).isInstanceOf(AccessDeniedException.class);
        long planId = provincePlanAsPlannerDraft(fixtures);
        signInAs("giamdoc.stp");
        assertThatThrownBy(() -> fixtures.item(planId, null, "2", "Chen vào", "STP", List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.get(planId)).isInstanceOf(AccessDeniedException.class);
    }

    private long provincePlanAsPlannerDraft(PlanFixtures fixtures) {
        signInAs("chuyenvien.snv");
        long planId = fixtures.draft("UBT", "Dự thảo của tỉnh");
        fixtures.item(planId, null, "1", "Mục của tỉnh", "SNV", List.of());
        return planId;
    }

    @Test
    @WithUserDetails(value = "chutich.phuongpleiku", userDetailsServiceBeanName = USERS)
    void aWardHeadCreatesItsOwnSubPlanAndNothingAboveIt() {
        PlanFixtures fixtures = new PlanFixtures(plans, items, units);
        long provinceId = provincePlan(fixtures);
        long ward = fixtures.unit("Phường Pleiku");
        long otherCommune = fixtures.unit("Xã Gào");
        signInAs("chutich.phuongpleiku");

        PlanSummary sub = subPlans.create(provinceId, ward);

        assertThat(sub.issuingUnitName()).isEqualTo("Phường Pleiku");
        assertThat(sub.parentPlanId()).isEqualTo(provinceId);
        PlanDetail detail = plans.get(sub.id());
        assertThat(detail.editable()).isTrue();
        assertThat(detail.items()).singleElement().satisfies(item -> {
            assertThat(item.goal()).isEqualTo("Mọi xã công khai TTHC");
            assertThat(item.leadUnitName()).isEqualTo("Phường Pleiku");
            assertThat(item.sourceItemId()).isNotNull();
        });
        assertThatThrownBy(() -> subPlans.create(provinceId, otherCommune)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.draft("Xã Gào", "Kế hoạch của xã khác"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.close(provinceId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> subPlans.create(provinceId, ward))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("đã có kế hoạch");
    }

    @Test
    @WithUserDetails(value = "chutich.phuongpleiku", userDetailsServiceBeanName = USERS)
    void lateSubPlansAreVisibleToThePlanner() {
        clock.setDay(LocalDate.of(2026, 1, 16));
        PlanFixtures fixtures = new PlanFixtures(plans, items, units);
        signInAs("chuyenvien.snv");
        long planId = fixtures.draft("UBT", "Kế hoạch có hạn lập kế hoạch");
        fixtures.item(
                planId,
                null,
                "1",
                "Các xã, phường triển khai",
                "SNV",
                PlanFixtures.groups(OrgUnitGroup.ALL_COMMUNE_COMMITTEES));
        PlanHeaderForm header = plans.get(planId).header();
        header.setSubPlanDueWorkingDays(10);
        plans.updateHeader(header);
        fixtures.sign(planId, "100/KH-UBND");
        plans.issue(planId);
        int communes = units.expand(OrgUnitGroup.ALL_COMMUNE_COMMITTEES, LocalDate.of(2026, 1, 15))
                .size();

        signInAs("chutich.phuongpleiku");
        long ward = fixtures.unit("Phường Pleiku");
        long subId = subPlans.create(planId, ward).id();
        assertThat(plans.get(subId).items()).hasSize(1);

        signInAs("chuyenvien.snv");
        clock.setDay(LocalDate.of(2026, 1, 29));
        List<SubPlanStatus> status = subPlans.status(planId);
        assertThat(status).hasSize(1 + communes);
        assertThat(status).extracting(SubPlanStatus::unitName).contains("Sở Nội vụ", "Phường Pleiku", "Xã Gào");
        assertThat(status).extracting(SubPlanStatus::unitName).doesNotContain("Huyện Chư Prông");
        // issued on 15/01/2026: ten working days later
        assertThat(status).allSatisfy(s -> assertThat(s.dueDate()).isEqualTo(LocalDate.of(2026, 1, 29)));
        assertThat(status)
                .filteredOn(s -> s.unitName().equals("Phường Pleiku"))
                .singleElement()
                .satisfies(s -> assertThat(s.subPlanId()).isEqualTo(subId));
        assertThat(status).noneSatisfy(s -> assertThat(s.late()).isTrue());

        clock.setDay(LocalDate.of(2026, 1, 30));
        assertThat(subPlans.status(planId))
                .filteredOn(s -> s.subPlanId() == null)
                .hasSize(communes)
                .allSatisfy(s -> assertThat(s.late()).isTrue());
    }

    @Test
    @WithUserDetails(value = "lanhdao.ubnd", userDetailsServiceBeanName = USERS)
    void aLeaderReadsPlansButCannotWriteThem() {
        PlanFixtures fixtures = new PlanFixtures(plans, items, units);
        long planId = provincePlan(fixtures);
        signInAs("lanhdao.ubnd");
        assertThat(plans.get(planId).summary().number()).isEqualTo("99/KH-UBND");
        assertThat(plans.get(planId).canManage()).isFalse();
        assertThatThrownBy(() -> fixtures.draft("UBT", "Kế hoạch của lãnh đạo"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.close(planId)).isInstanceOf(AccessDeniedException.class);
    }
}
