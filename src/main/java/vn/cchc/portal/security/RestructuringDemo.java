package vn.cchc.portal.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.UnitImport;
import vn.cchc.portal.organization.UnitImportMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Moves the demo's organisation to the structure in force since 01/07/2025 by importing the Gia Lai 2025 fixture
 * ({@code db/data/restructuring/gia-lai-2025-1664.xlsx}) once, after the rest of the demo data, through the same
 * import the administrator uses. Off unless {@code cchc.demo.restructuring=true}: the live demo year (issue 15 point
 * 6) still addresses the districts, and would lose them.
 */
@Component
@Profile(vn.cchc.portal.shared.DemoProfile.ACTIVE)
@ConditionalOnProperty(name = "cchc.demo.restructuring", havingValue = "true")
@Order(90)
class RestructuringDemo implements ApplicationRunner {

    static final String FIXTURE = "/db/data/restructuring/gia-lai-2025-1664.xlsx";
    /** A unit the fixture creates: present once it has been applied. */
    static final String MARKER = "P-PLEIKU";

    private static final Logger LOG = LoggerFactory.getLogger(RestructuringDemo.class);

    private final UnitImport imports;
    private final OrgUnitService units;

    RestructuringDemo(UnitImport imports, OrgUnitService units) {
        this.imports = imports;
        this.units = units;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemPrincipal.callAsSystem(() -> {
            if (units.tree(true).stream().anyMatch(u -> u.code().equals(MARKER))) {
                return null;
            }
            var applied = imports.apply(fixture(), UnitImportMode.RESTRUCTURING);
            LOG.info(
                    "Applied the demo restructuring {}: {} changes",
                    applied.decisionNumber(),
                    applied.changes().size());
            return null;
        });
    }

    private static byte[] fixture() {
        try (InputStream in = RestructuringDemo.class.getResourceAsStream(FIXTURE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
