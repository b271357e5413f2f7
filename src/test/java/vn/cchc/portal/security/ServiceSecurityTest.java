package vn.cchc.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cchc.portal.organization.OrgUnitGroup;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Services refuse what a role may not do, and unit roles may not read other units' data. */
@SpringBootTest
class ServiceSecurityTest {

    private static final String USERS = "dbUserDetailsService";

    @Autowired
    OrgUnitService units;

    @Autowired
    UserService userService;

    private long unitId(String codeOrName) {
        return SystemPrincipal.callAsSystem(
                () -> units.find(codeOrName).orElseThrow().id());
    }

    @Test
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = USERS)
    void aPlannerReadsTheWholeOrganisationTree() {
        assertThat(units.tree(false)).extracting(OrgUnitSummary::name).contains("Sở Nội vụ", "Xã Ia Tôr");
        assertThat(units.get(unitId("Xã Ia Tôr")).name()).isEqualTo("Xã Ia Tôr");
    }

    @Test
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = USERS)
    void aPlannerCannotAdministerUsers() {
        assertThatThrownBy(() -> userService.list("")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.resetPassword(1, "Matkhau123")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "lanhdao.ubnd", userDetailsServiceBeanName = USERS)
    void aLeaderReadsTheTreeButCannotAdministerUsers() {
        assertThat(units.tree(false)).isNotEmpty();
        assertThatThrownBy(() -> userService.list("")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "giamdoc.stp", userDetailsServiceBeanName = USERS)
    void aUnitHeadReadsOwnUnitButGetsAnAccessErrorForAnotherUnit() {
        long own = unitId("STP");
        long other = unitId("SNV");
        assertThat(units.get(own).name()).isEqualTo("Sở Tư pháp");
        assertThat(userService.usersOfUnit(own))
                .extracting(UserSummary::username)
                .containsExactlyInAnyOrder("giamdoc.stp", "canbo.stp");
        assertThatThrownBy(() -> units.get(other))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Bạn không có quyền truy cập dữ liệu của đơn vị khác.");
        assertThatThrownBy(() -> userService.usersOfUnit(other)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "giamdoc.stp", userDetailsServiceBeanName = USERS)
    void aUnitHeadCannotListTheProvinceOrExpandGroups() {
        assertThatThrownBy(() -> units.tree(false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> units.expand(OrgUnitGroup.ALL_COMMUNE_COMMITTEES, LocalDate.of(2026, 3, 16)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.list("")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "chutich.chuprong", userDetailsServiceBeanName = USERS)
    void aDistrictHeadReadsItsCommunesButNotAnotherDistrict() {
        assertThat(units.ownSubtree()).extracting(OrgUnitSummary::name).contains("Huyện Chư Prông", "Xã Ia Tôr");
        assertThat(units.get(unitId("Xã Ia Tôr")).name()).isEqualTo("Xã Ia Tôr");
        assertThatThrownBy(() -> units.get(unitId("STP"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "chutich.iator", userDetailsServiceBeanName = USERS)
    void aCommuneHeadCannotReadItsDistrict() {
        assertThat(units.ownSubtree()).extracting(OrgUnitSummary::name).containsExactly("Xã Ia Tôr");
        assertThatThrownBy(() -> units.get(unitId("Huyện Chư Prông"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithAnonymousUser
    void anAnonymousCallerIsRefusedEverywhere() {
        assertThatThrownBy(() -> units.ownSubtree()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> units.get(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.list("")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void accessDeniedIsTheParentOfSpringsAuthorizationDenial() {
        assertThat(AccessDeniedException.class).isAssignableFrom(AuthorizationDeniedException.class);
    }
}
