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
 * ({@code db/data/restructuring/gia-lai-2025-1664.xlsx}) once, through the same import the administrator uses:
 * after the 2023–2025 plans and the 2024 campaign (written for the districts and the old communes, which keep their
 * names there), before the live demo year, which addresses the departments and the new communes and wards directly.
 * Then the demo accounts of the new ward are made. {@code cchc.demo.restructuring=false} keeps the demo on the
 * structure of 2024 (districts) with a live year of that structure (the unit tests' shared context, see
 * {@code src/test/resources/config/application.properties}).
 */
@Component
@Profile(vn.cchc.portal.shared.DemoProfile.ACTIVE)
@ConditionalOnProperty(
        name = vn.cchc.portal.shared.DemoProfile.RESTRUCTURED,
        havingValue = "true",
        matchIfMissing = true)
@Order(24)
class RestructuringDemo implements ApplicationRunner {

    static final String FIXTURE = "/db/data/restructuring/gia-lai-2025-1664.xlsx";
    /** A unit the fixture creates: present once it has been applied. */
    static final String MARKER = "P-PLEIKU";

    private static final Logger LOG = LoggerFactory.getLogger(RestructuringDemo.class);

    private final UnitImport imports;
    private final OrgUnitService units;
    private final DemoUsers accounts;

    RestructuringDemo(UnitImport imports, OrgUnitService units, DemoUsers accounts) {
        this.imports = imports;
        this.units = units;
        this.accounts = accounts;
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
            LOG.info("Created {} demo accounts of the new structure", accounts.create(true));
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
