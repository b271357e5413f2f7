package vn.cchc.portal.plan;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.portal.security.SystemPrincipal;

/**
 * Loads the source plans on the first start of the demo database: Plan 1908/KH-UBND (2023 remediation plan,
 * narrative tasks and the full appendix), Plan 629/KH-UBND (100-day campaign), Chư Prông's 51/KH-UBND as its
 * district sub-plan and the Ia Tôr commune plan under that, all on the structure of their time; the demo then
 * moves to the structure in force (order 24) and {@link LivePlanDemoData} adds the live year.
 */
@Component
@Profile(vn.cchc.portal.shared.DemoProfile.ACTIVE)
@Order(20)
class PlanDemoData implements ApplicationRunner {

    static final String[] FILES = {
        "1908-KH-UBND-2023.json", "629-KH-UBND-2024.json", "51-KH-UBND-2024-chu-prong.json", "ia-tor-2024.json"
    };
    private static final Logger LOG = LoggerFactory.getLogger(PlanDemoData.class);

    private final PlanSeedLoader loader;

    PlanDemoData(PlanSeedLoader loader) {
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        int loaded = SystemPrincipal.callAsSystem(() -> loader.loadAll(FILES));
        if (loaded > 0) {
            LOG.info("Loaded {} demo plans", loaded);
        }
    }
}
