package vn.cchc.portal.assignment;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.cchc.portal.security.SystemPrincipal;

/**
 * Runs the deadline job every morning at 07:00 Vietnam time (cron configurable, "-" turns it off). Every node's
 * scheduler fires; the one that takes the lock {@code deadline-job} first runs the job, and the lock is held for
 * at least {@code cchc.deadlines.lock-at-least-for} (5 minutes) so that a node whose clock is a little behind does
 * not run it again. Should it run twice all the same, reminders are de-duplicated by key, each mail once.
 */
@Component
class DeadlineSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineSchedule.class);

    private final DeadlineService deadlines;

    DeadlineSchedule(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    @Scheduled(cron = "${cchc.deadlines.cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(
            name = "deadline-job",
            lockAtLeastFor = "${cchc.deadlines.lock-at-least-for:PT5M}",
            lockAtMostFor = "PT1H")
    public void everyMorning() {
        int marked = SystemPrincipal.callAsSystem(deadlines::run);
        LOG.info("Deadline job ran: {} task(s) marked overdue", marked);
    }
}
