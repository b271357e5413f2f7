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
 * {@code demo} profile. Never under {@code prod}. The accounts of a district and a commune of the old structure are
 * made first (their holders wrote the 2023–2025 plans); those of the ward formed on 01/07/2025 once the demo has
 * moved to the structure in force ({@link RestructuringDemo}).
 */
@Component
@Profile(vn.cchc.portal.shared.DemoProfile.ACTIVE)
@Order(10)
class DemoUsers implements ApplicationRunner {

    /** The password of every demo account; README lists it. */
    static final String PASSWORD = "Cchc@2026";

    /** A demo account; {@code restructured}: of a unit formed by the 2025 arrangement, made once it exists. */
    record Demo(String username, String fullName, String unit, boolean restructured, Role role) {

        Demo(String username, String fullName, String unit, Role role) {
            this(username, fullName, unit, false, role);
        }
    }

    /** The unit of the new ward's accounts (a code of the restructuring fixture). */
    static final String NEW_WARD = "P-PLEIKU";

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin", "Quản trị hệ thống", "SNV", Role.ADMIN),
            new Demo("chuyenvien.snv", "Nguyễn Thị Hương", "SNV", Role.PLANNER),
            new Demo("giamdoc.stp", "Trần Văn Đức", "STP", Role.UNIT_HEAD),
            new Demo("canbo.stp", "Lê Thị Thu Trang", "STP", Role.UNIT_STAFF),
            new Demo("chutich.phuongpleiku", "Nguyễn Văn Thành", NEW_WARD, true, Role.UNIT_HEAD),
            new Demo("congchuc.phuongpleiku", "Rơ Mah H’Nhung", NEW_WARD, true, Role.UNIT_STAFF),
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
        LOG.info("Created {} demo accounts", create(false));
    }

    /** Creates the accounts of the old structure, or ({@code restructured}) those of the units formed in 2025. */
    int create(boolean restructured) {
        List<Demo> accounts = ACCOUNTS.stream()
                .filter(demo -> demo.restructured() == restructured)
                .toList();
        SystemPrincipal.callAsSystem(() -> {
            for (Demo demo : accounts) {
                OrgUnitSummary unit = units.find(demo.unit())
                        .orElseThrow(() -> new IllegalStateException("Demo unit not found: " + demo.unit()));
                UserForm form = new UserForm();
                form.setUsername(demo.username());
                form.setFullName(demo.fullName());
                form.setUnitId(unit.id());
                form.setRoles(EnumSet.of(demo.role()));
                form.setPassword(PASSWORD);
                userService.create(form);
            }
            return null;
        });
        return accounts.size();
    }
}
