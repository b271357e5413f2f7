package vn.cchc.portal.indicator;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.portal.security.SystemPrincipal;

/** Demo targets and values of the current year, once its live plans are loaded on the structure in force. */
@Component
@Profile(vn.cchc.portal.shared.DemoProfile.ACTIVE)
@Order(30)
class LiveIndicatorDemoData implements ApplicationRunner {

    private final LiveYearDemo live;

    LiveIndicatorDemoData(LiveYearDemo live) {
        this.live = live;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemPrincipal.callAsSystem(live::load);
    }
}
