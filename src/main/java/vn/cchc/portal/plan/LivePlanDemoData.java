package vn.cchc.portal.plan;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.portal.security.SystemPrincipal;

/**
 * The live demo year, after the demo has moved to the structure in force: the province's CCHC plan of the current
 * year addressing the departments and the communes and wards directly, with sub-plans of new wards and a commune
 * (db/data/plans/live-year.json, dates relative to today). A start in a new year adds that year's live plans and
 * closes the ended ones. With {@code cchc.demo.restructuring=false} the live year of the 2024 structure
 * (live-year-districts.json: district plans of Chư Prông, Pleiku and Chư Sê, commune plans under them).
 */
@Component
@Profile(vn.cchc.portal.shared.DemoProfile.ACTIVE)
@Order(26)
class LivePlanDemoData implements ApplicationRunner {

    static final String FILE = "live-year.json";
    /** The live year of the 2024 structure, when the demo is not restructured. */
    static final String DISTRICTS_FILE = "live-year-districts.json";

    private static final Logger LOG = LoggerFactory.getLogger(LivePlanDemoData.class);

    private final PlanSeedLoader loader;
    private final boolean restructured;

    LivePlanDemoData(
            PlanSeedLoader loader, @Value(vn.cchc.portal.shared.DemoProfile.RESTRUCTURED_VALUE) boolean restructured) {
        this.loader = loader;
        this.restructured = restructured;
    }

    @Override
    public void run(ApplicationArguments args) {
        String file = restructured ? FILE : DISTRICTS_FILE;
        int loaded = SystemPrincipal.callAsSystem(() -> loader.loadAll(file));
        if (loaded > 0) {
            LOG.info("Loaded {} live demo plans", loaded);
        }
    }
}
