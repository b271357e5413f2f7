package vn.cchc.portal.shared;

import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few minutes, runs again the after-commit listeners that failed (an e-mail while the mail server was down):
 * their event publications stay in the registry until a run succeeds. Outstanding publications of a crashed run
 * are republished on restart ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Component
@EnableScheduling
public class FailedEventRetry {

    private final FailedEventPublications failed;

    FailedEventRetry(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(cron = "${cchc.events.retry-cron:0 */5 * * * *}", zone = "Asia/Ho_Chi_Minh")
    public void retryFailed() {
        failed.resubmit(ResubmissionOptions.defaults());
    }
}
