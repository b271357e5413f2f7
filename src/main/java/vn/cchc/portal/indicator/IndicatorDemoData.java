package vn.cchc.portal.indicator;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.portal.security.SystemPrincipal;

/**
 * Demo targets and values of the 2024 campaign, after the historical plans and before the demo moves to the
 * structure in force (its scope is the districts and communes of 2024); {@link LiveIndicatorDemoData} does the
 * current year.
 */
@Component
@Profile(vn.cchc.portal.shared.DemoProfile.ACTIVE)
@Order(22)
class IndicatorDemoData implements ApplicationRunner {

    private final CampaignDemo campaign;

    IndicatorDemoData(CampaignDemo campaign) {
        this.campaign = campaign;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemPrincipal.callAsSystem(campaign::load);
    }
}
