package vn.cchc.portal.shared;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few minutes, runs again the after-commit listeners that failed (an e-mail while the mail server was down):
 * their event publications stay in the registry until a run succeeds. Outstanding publications of a crashed run
 * are republished on restart ({@code spring.modulith.events.republish-outstanding-events-on-restart}) on a single
 * node; with several nodes (the {@code postgres} profile) that is off, since a restarting node would also run what
 * a live node is running: publications left by a dead node count as failed once stale (30 minutes) and come back
 * here. One node at a time runs this (lock {@code failed-event-retry}); each publication is claimed by one node
 * anyway (Modulith marks it resubmitted first).
 */
@Component
public class FailedEventRetry {

    private final FailedEventPublications failed;

    FailedEventRetry(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(cron = "${cchc.events.retry-cron:0 */5 * * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "failed-event-retry", lockAtLeastFor = "PT30S", lockAtMostFor = "PT30M")
    public void retryFailed() {
        failed.resubmit(ResubmissionOptions.defaults());
    }
}
