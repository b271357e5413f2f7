package vn.cchc.portal.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.shared.Role;

import java.util.EnumSet;
import java.util.List;

/**
 * Demo accounts, one per role, created on the first start of the embedded (demo) database, or of PostgreSQL with the
 * {@code demo} profile. Never under {@code prod}.
 */
@Component
@Profile(vn.cchc.portal.shared.DemoProfile.ACTIVE)
@Order(10)
class DemoUsers implements ApplicationRunner {

    /** The password of every demo account; README lists it. */
    static final String PASSWORD = "Cchc@2026";

    record Demo(String username, String fullName, String unit, Role... roles) {}

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin", "Quản trị hệ thống", "SNV", Role.ADMIN),
            new Demo("chuyenvien.snv", "Nguyễn Thị Hương", "SNV", Role.PLANNER),
            new Demo("giamdoc.stp", "Trần Văn Đức", "STP", Role.UNIT_HEAD),
            new Demo("canbo.stp", "Lê Thị Thu Trang", "STP", Role.UNIT_STAFF),
            new Demo("chutich.chuprong", "Rơ Châm Hiếu", "Huyện Chư Prông", Role.UNIT_HEAD),
            new Demo("chutich.iator", "Ksor Tơ", "Xã Ia Tôr", Role.UNIT_HEAD),
            new Demo("lanhdao.ubnd", "Phạm Quốc Khánh", "UBT", Role.LEADER));

    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    private final UserService userService;
    private final OrgUnitService units;

    DemoUsers(UserService userService, OrgUnitService units) {
        this.userService = userService;
        this.units = units;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (userService.hasUsers()) {
            return;
        }
        SystemPrincipal.callAsSystem(() -> {
            for (Demo demo : ACCOUNTS) {
                OrgUnitSummary unit = units.find(demo.unit())
                        .orElseThrow(() -> new IllegalStateException("Demo unit not found: " + demo.unit()));
                UserForm form = new UserForm();
                form.setUsername(demo.username());
                form.setFullName(demo.fullName());
                form.setUnitId(unit.id());
                form.setRoles(EnumSet.copyOf(List.of(demo.roles())));
                form.setPassword(PASSWORD);
                userService.create(form);
            }
            return null;
        });
        LOG.info("Created {} demo accounts", ACCOUNTS.size());
    }
}
