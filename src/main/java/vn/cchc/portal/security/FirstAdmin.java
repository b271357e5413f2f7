package vn.cchc.portal.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.cchc.portal.organization.OrgUnitAdministration;
import vn.cchc.portal.organization.OrgUnitKind;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.organization.UnitForm;
import vn.cchc.portal.shared.Role;

import java.time.LocalDate;
import java.util.EnumSet;

/**
 * On a production database with no users yet, creates the first administrator from environment variables
 * ({@code CCHC_ADMIN_USERNAME}, {@code CCHC_ADMIN_PASSWORD}); without them the portal starts with no account.
 * Several nodes starting together on an empty database create it once: the others find it made and go on.
 */
@Component
@Profile("postgres | prod")
class FirstAdmin implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserService userService;
    /** Code of the provisional province committee created on an empty database. */
    static final String ROOT_CODE = "TINH";
    /** Its start: early enough for an imported list dated back to the 2025 arrangement. */
    static final LocalDate ROOT_VALID_FROM = LocalDate.of(2020, 1, 1);

    private final OrgUnitService units;
    private final OrgUnitAdministration administration;
    private final String username;
    private final String password;

    FirstAdmin(
            UserService userService,
            OrgUnitService units,
            OrgUnitAdministration administration,
            @Value("${cchc.admin.username:}") String username,
            @Value("${cchc.admin.password:}") String password) {
        this.userService = userService;
        this.units = units;
        this.administration = administration;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (userService.hasUsers()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            LOG.warn(
                    "No users yet: set CCHC_ADMIN_USERNAME and CCHC_ADMIN_PASSWORD to create the first administrator.");
            return;
        }
        try {
            create();
        } catch (RuntimeException e) {
            if (!userService.hasUsers()) {
                throw e;
            }
            // two nodes started on an empty database together: the other one created the administrator
            LOG.info("The first administrator was created by another node");
            return;
        }
        LOG.info("Created the first administrator '{}'", username);
    }

    /**
     * The unit of the first administrator: the Department of Home Affairs of the demo list, else the province's
     * committee; on an empty database (a deployment that imports its own unit list, CCHC_SEED_UNITS=false) a
     * provisional province committee ("TINH"), whose name the imported list replaces when it uses that code.
     */
    private long adminUnit() {
        return units.find("SNV")
                .or(() -> units.tree(false).stream()
                        .filter(u -> u.parentId() == null)
                        .findFirst())
                .map(OrgUnitSummary::id)
                .orElseGet(() -> {
                    UnitForm root = UnitForm.under(null, OrgUnitKind.PROVINCE, ROOT_VALID_FROM);
                    root.setCode(ROOT_CODE);
                    root.setName("Ủy ban nhân dân tỉnh");
                    root.setHandlesProcedures(false);
                    return administration.create(root).id();
                });
    }

    private void create() {
        SystemPrincipal.callAsSystem(() -> {
            UserForm form = new UserForm();
            form.setUsername(username);
            form.setFullName("Quản trị hệ thống");
            form.setUnitId(adminUnit());
            form.setRoles(EnumSet.of(Role.ADMIN));
            form.setPassword(password);
            return userService.create(form);
        });
    }
}
