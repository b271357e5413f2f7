package vn.cchc.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Role;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An administrator creates, changes, disables users and resets passwords; bad input changes nothing. Each test runs
 * in a transaction that is rolled back, so the shared test database keeps exactly the demo users.
 */
@SpringBootTest
@Transactional
class UserAdministrationTest {

    private static final String USERS = "dbUserDetailsService";

    @Autowired
    UserService userService;

    @Autowired
    OrgUnitService units;

    @Autowired
    UserRepository repository;

    @Autowired
    AuthenticationConfiguration authentication;

    private UserForm form(String username, String unit, Role... roles) {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setFullName("Nguyễn Văn Thử");
        form.setUnitId(units.find(unit).orElseThrow().id());
        form.setRoles(EnumSet.of(roles[0], roles));
        form.setPassword("Hoa-Sen-2026");
        return form;
    }

    @Test
    @WithUserDetails(value = "admin", userDetailsServiceBeanName = USERS)
    void anAdministratorCreatesAUserWhoCanThenSignIn() throws Exception {
        UserSummary created = userService.create(form("thu.sgtvt", "SNV", Role.UNIT_STAFF, Role.LEADER));
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.UNIT_STAFF, Role.LEADER);
        assertThat(created.unitName()).isEqualTo("Sở Nội vụ");
        Authentication signedIn = authentication
                .getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("thu.sgtvt", "Hoa-Sen-2026"));
        assertThat(signedIn.isAuthenticated()).isTrue();
    }

    @Test
    @WithUserDetails(value = "admin", userDetailsServiceBeanName = USERS)
    void invalidUserDataIsRefusedInVietnameseAndNothingIsSaved() {
        long before = repository.count();
        UserForm noRoles = form("khong.vaitro", "SNV", Role.PLANNER);
        noRoles.setRoles(EnumSet.noneOf(Role.class));
        assertThatThrownBy(() -> userService.create(noRoles))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Vui lòng chọn ít nhất một vai trò.");
        UserForm weak = form("matkhau.yeu", "SNV", Role.PLANNER);
        weak.setPassword("abc");
        assertThatThrownBy(() -> userService.create(weak))
                .hasMessage("Mật khẩu phải có ít nhất 8 ký tự, gồm cả chữ và số.");
        UserForm taken = form("ADMIN", "SNV", Role.PLANNER);
        assertThatThrownBy(() -> userService.create(taken)).hasMessageContaining("đã được dùng");
        UserForm badName = form("tên có dấu", "SNV", Role.PLANNER);
        assertThatThrownBy(() -> userService.create(badName)).hasMessageContaining("Tên đăng nhập");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    @WithUserDetails(value = "admin", userDetailsServiceBeanName = USERS)
    void aStaleEditIsRefusedInsteadOfOverwritingAnotherAdministratorsChange() {
        UserSummary created = userService.create(form("sua.dongthoi", "STP", Role.UNIT_STAFF));
        UserForm first = UserForm.of(created);
        UserForm second = UserForm.of(created);
        first.setFullName("Tên mới thứ nhất");
        userService.update(first);
        second.setFullName("Tên mới thứ hai");
        assertThatThrownBy(() -> userService.update(second))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("vừa được người khác sửa");
        assertThat(userService.usersOfUnit(created.unitId()))
                .extracting(UserSummary::fullName)
                .contains("Tên mới thứ nhất")
                .doesNotContain("Tên mới thứ hai");
    }

    @Test
    @WithUserDetails(value = "admin", userDetailsServiceBeanName = USERS)
    void aDisabledUserCannotSignInAndAnAdministratorCannotDisableThemself() {
        UserSummary created = userService.create(form("se.bikhoa", "STP", Role.UNIT_STAFF));
        userService.setEnabled(created.id(), false);
        assertThatThrownBy(() -> authentication
                        .getAuthenticationManager()
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("se.bikhoa", "Hoa-Sen-2026")))
                .isInstanceOf(org.springframework.security.authentication.DisabledException.class);
        long adminId =
                repository.findByUsernameIgnoreCase("admin").orElseThrow().getId();
        assertThatThrownBy(() -> userService.setEnabled(adminId, false)).isInstanceOf(BusinessException.class);
    }

    @Test
    @WithUserDetails(value = "admin", userDetailsServiceBeanName = USERS)
    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorResetsIt() throws Exception {
        UserSummary created = userService.create(form("khoa.tamthoi", "STP", Role.UNIT_STAFF));
        var manager = authentication.getAuthenticationManager();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> manager.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated("khoa.tamthoi", "sai-mat-khau")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> manager.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("khoa.tamthoi", "Hoa-Sen-2026")))
                .isInstanceOf(LockedException.class);
        assertThat(userService.usersOfUnit(created.unitId()))
                .filteredOn(u -> u.username().equals("khoa.tamthoi"))
                .singleElement()
                .satisfies(u -> assertThat(u.lockedUntil()).isNotNull());
        userService.resetPassword(created.id(), "MoiMoi2026");
        assertThat(manager.authenticate(
                                UsernamePasswordAuthenticationToken.unauthenticated("khoa.tamthoi", "MoiMoi2026"))
                        .isAuthenticated())
                .isTrue();
    }
}
