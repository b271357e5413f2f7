package vn.cchc.portal.settings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.security.SystemPrincipal;

import java.time.Clock;

/**
 * The demo data's settings: Gia Lai province and Sở Nội vụ (code SNV) issuing the portal's documents (no subtitle of
 * its own: the shell then shows the province's reform in the reader's language). Written on a start of the demo database while the settings are still blank, so that an
 * administrator's own settings are never overwritten.
 */
@Component
@Profile(vn.cchc.portal.shared.DemoProfile.ACTIVE)
@Order(5)
class DemoSettings implements ApplicationRunner {

    static final String PROVINCE = "Gia Lai";
    static final String ISSUING_UNIT = "SNV";
    private static final Logger LOG = LoggerFactory.getLogger(DemoSettings.class);

    private final PortalSettingsRepository rows;
    private final OrgUnitService units;
    private final Clock clock;

    DemoSettings(PortalSettingsRepository rows, OrgUnitService units, Clock clock) {
        this.rows = rows;
        this.units = units;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        PortalSettings row = rows.findById(PortalSettings.ID).orElse(null);
        if (row == null || row.provinceName != null || row.issuingUnitId != null) {
            return;
        }
        row.provinceName = PROVINCE;
        row.issuingUnitId = SystemPrincipal.callAsSystem(() -> units.find(ISSUING_UNIT))
                .map(OrgUnitSummary::id)
                .orElse(null);
        row.updatedBy = "system";
        row.updatedAt = clock.instant();
        rows.save(row);
        LOG.info("Demo settings: province {}, documents issued by {}", PROVINCE, ISSUING_UNIT);
    }
}
