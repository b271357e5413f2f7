package vn.cchc.portal.assignment;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two runs of the mail listener for the same notification at the same moment — as when a node retries a
 * publication that another node is still working on — send one mail: the second waits for the first's row lock,
 * then finds the notification e-mailed. Real SMTP (GreenMail).
 */
class NotificationMailOnceTest extends MailContext {

    @Autowired
    NotificationMailer mailer;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    TransactionTemplate transaction;

    GreenMail smtp;

    @AfterEach
    void stopMailServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void twoListenersMailingOneNotificationAtOnceSendItOnce() throws Exception {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "localhost", "smtp"))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        long userId = userService.list("giamdoc.stp").getFirst().id();
        Notification n = new Notification();
        n.userId = userId;
        n.kind = "REMINDER";
        n.title = "Nhắc việc: còn 3 ngày đến hạn";
        n.body = "Rà soát thủ tục hành chính.";
        n.dedupKey = "mail-once-test:" + userId;
        n.createdAt = Instant.now();
        long id = transaction.execute(status -> notifications.save(n).id);
        NotificationMailer listener = AopTestUtils.getTargetObject(mailer); // each run in a transaction of its own
        NotificationMail event = new NotificationMail(id, HEAD_ADDRESS, "Trần Văn Đức");
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Void> run = () -> {
            together.await();
            transaction.executeWithoutResult(status -> listener.on(event));
            return null;
        };

        try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
            for (Future<Void> f : nodes.invokeAll(List.of(run, run))) {
                f.get();
            }
        }

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(notifications.findById(id).orElseThrow().emailedAt).isNotNull();
    }
}
