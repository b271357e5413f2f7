package vn.cchc.portal.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The portal's clock: all dates are in Asia/Ho_Chi_Minh. Everything that needs "now" or "today" takes this bean;
 * tests put a settable clock in front of it (src/test/java/vn/cchc/portal/support/MutableClock).
 */
@Configuration
public class TimeConfig {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
