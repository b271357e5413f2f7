package vn.cchc.portal.indicator;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.portal.security.SystemPrincipal;

/** Demo targets and values after the demo plans are loaded: the 2024 campaign and the current year. */
@Component
@Profile(vn.cchc.portal.shared.DemoProfile.ACTIVE)
@Order(30)
class IndicatorDemoData implements ApplicationRunner {

    private final CampaignDemo campaign;
    private final LiveYearDemo live;

    IndicatorDemoData(CampaignDemo campaign, LiveYearDemo live) {
        this.campaign = campaign;
        this.live = live;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemPrincipal.callAsSystem(() -> {
            campaign.load();
            live.load();
            return null;
        });
    }
}
