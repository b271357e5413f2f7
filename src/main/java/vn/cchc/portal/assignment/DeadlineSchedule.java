package vn.cchc.portal.assignment;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.cchc.portal.security.SystemPrincipal;

/** Runs the deadline job every morning at 07:00 Vietnam time (cron configurable, "-" turns it off). */
@Configuration
@EnableScheduling
class DeadlineSchedule {

    private final DeadlineService deadlines;

    DeadlineSchedule(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    @Scheduled(cron = "${cchc.deadlines.cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    void everyMorning() {
        SystemPrincipal.callAsSystem(() -> deadlines.run());
    }
}
