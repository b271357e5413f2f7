package vn.cchc.portal.assignment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * E-mails a committed notification, in its own transaction after the one that wrote it, never inside a user's
 * action. When the mail server cannot take the message the listener fails: its event publication stays in the
 * registry and {@link vn.cchc.portal.shared.FailedEventRetry} runs it again later. A notification already e-mailed
 * is not sent twice, even when two nodes run its listener at once (a retry racing a stale run): the notification's
 * row is locked while it is sent, so the second waits, then finds it e-mailed.
 */
@Component
class NotificationMailer {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationMailer.class);

    private final NotificationRepository notifications;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final String from;

    NotificationMailer(NotificationRepository notifications, ObjectProvider<JavaMailSender> mail, Clock clock,
                       @Value("${cchc.mail.from:cchc-portal@localhost}") String from) {
        this.notifications = notifications;
        this.mail = mail;
        this.clock = clock;
        this.from = from;
    }

    @ApplicationModuleListener
    public void on(NotificationMail event) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        Notification n = notifications.lockById(event.notificationId()).orElse(null);
        if (n == null || n.emailedAt != null) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(event.address());
        message.setSubject("[CCHC] " + n.title);
        message.setText("Kính gửi " + event.recipientName() + ",\n\n" + n.body + "\n\nCổng quản lý CCHC – Sở Nội vụ");
        try {
            sender.send(message);
        } catch (MailException e) {
            LOG.warn("Mail to {} failed, will be retried: {}", event.address(), e.getMessage());
            throw e;
        }
        n.emailedAt = clock.instant();
    }
}
