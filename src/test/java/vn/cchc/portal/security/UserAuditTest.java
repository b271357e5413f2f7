package vn.cchc.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.audit.AuditRow;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.support.SignIn;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.portal.audit.AuditRows.assertReadable;
import static vn.cchc.portal.audit.AuditRows.find;
import static vn.cchc.portal.audit.AuditRows.row;

/** Creating, changing, disabling, locking and unlocking users appears in the audit view, never a password. */
@SpringBootTest
@Transactional
@WithUserDetails(value = "admin", userDetailsServiceBeanName = "dbUserDetailsService")
class UserAuditTest {

    @Autowired
    UserService userService;

    @Autowired
    OrgUnitService units;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    AuditLog audit;

    private UserForm form() {
        UserForm form = new UserForm();
        form.setUsername("kiem.tra.nhatky");
        form.setFullName("Đinh Thị Kiểm Tra");
        form.setEmail("kiemtra@gialai.gov.vn");
        form.setUnitId(units.find("STP").orElseThrow().id());
        form.setRoles(EnumSet.of(Role.LEADER, Role.UNIT_STAFF));
        form.setPassword("Song-Da-2026");
        return form;
    }

    @Test
    void aUsersWholeLifeIsShownWithUnitRoleAndStateNames() throws Exception {
        UserSummary created = userService.create(form());
        UserForm edit = UserForm.of(created);
        edit.setFullName("Đinh Thị Kiểm Tra Lại");
        edit.setUnitId(units.find("SNV").orElseThrow().id());
        edit.setRoles(EnumSet.of(Role.UNIT_HEAD));
        UserSummary edited = userService.update(edit);
        userService.setEnabled(created.id(), false);
        userService.setEnabled(created.id(), true);
        SecurityContextHolder.clearContext();
        var manager = authentication.getAuthenticationManager();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> manager.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated("kiem.tra.nhatky", "sai-mat-khau")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        SignIn.as(users, "admin");
        userService.resetPassword(edited.id(), "MatKhauMoi2026");

        List<AuditRow> rows = find(audit, AuditSubjectType.USER, "kiem tra");
        assertReadable(rows);
        assertThat(row(rows, "USER_CREATED", "username").newValue()).isEqualTo("kiem.tra.nhatky");
        assertThat(row(rows, "USER_CREATED", "unit").newValue()).isEqualTo("Sở Tư pháp");
        assertThat(row(rows, "USER_CREATED", "enabled").newValue()).isEqualTo("Có");
        AuditRow roles = row(rows, "USER_ROLES_CHANGED", "roles");
        assertThat(roles.fieldLabel()).isEqualTo("Vai trò");
        assertThat(roles.oldValue()).isEqualTo("Cán bộ đơn vị, Lãnh đạo tỉnh");
        assertThat(roles.newValue()).isEqualTo("Lãnh đạo đơn vị");
        AuditRow unit = row(rows, "USER_UPDATED", "unit");
        assertThat(unit.oldValue()).isEqualTo("Sở Tư pháp");
        assertThat(unit.newValue()).isEqualTo("Sở Nội vụ");
        assertThat(row(rows, "USER_UPDATED", "fullName").newValue()).isEqualTo("Đinh Thị Kiểm Tra Lại");
        AuditRow disabled = row(rows, "USER_DISABLED", "enabled");
        assertThat(disabled.oldValue()).isEqualTo("Có");
        assertThat(disabled.newValue()).isEqualTo("Không");
        assertThat(row(rows, "USER_ENABLED", "enabled").newValue()).isEqualTo("Có");
        AuditRow locked = row(rows, "USER_LOCKED", "lockedUntil");
        assertThat(locked.user()).isEqualTo("Hệ thống");
        assertThat(locked.newValue()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        AuditRow reset = row(rows, "USER_PASSWORD_RESET", null);
        assertThat(reset.oldValue()).isNull();
        assertThat(reset.newValue()).isNull();
        AuditRow unlocked = row(rows, "USER_UNLOCKED", "lockedUntil");
        assertThat(unlocked.oldValue()).isEqualTo(locked.newValue());
        assertThat(unlocked.newValue()).isNull();
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.subject()).isEqualTo("Đinh Thị Kiểm Tra Lại (kiem.tra.nhatky)");
            assertThat(r.oldValue() + " " + r.newValue()).doesNotContain("Song-Da-2026", "MatKhauMoi2026");
        });
        assertThat(row(rows, "USER_PASSWORD_RESET", null).user()).isEqualTo("Quản trị hệ thống");

        List<AuditRow> english = audit.search(
                new vn.cchc.portal.audit.AuditQuery(AuditSubjectType.USER, "admin", null, null, "kiem tra"),
                0,
                100,
                Locale.ENGLISH);
        assertThat(row(english, "USER_ROLES_CHANGED", "roles").newValue()).isEqualTo("Unit head");
        assertThat(row(english, "USER_DISABLED", "enabled").newValue()).isEqualTo("No");
    }

    @Test
    void choosingALanguageIsShownByTheLanguagesName() {
        userService.rememberLocale(Locale.of("vi", "VN"));
        userService.rememberLocale(Locale.ENGLISH);
        AuditRow language = find(audit, AuditSubjectType.USER, "quan tri he thong").stream()
                .filter(r -> r.action().equals("USER_LANGUAGE_CHANGED"))
                .findFirst()
                .orElseThrow();
        assertThat(language.fieldLabel()).isEqualTo("Ngôn ngữ");
        assertThat(language.oldValue()).isEqualTo("Tiếng Việt");
        assertThat(language.newValue()).isEqualTo("English");
        assertReadable(List.of(language));
    }
}
