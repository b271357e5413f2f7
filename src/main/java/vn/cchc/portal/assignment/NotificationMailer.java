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
import vn.cchc.portal.security.SystemPrincipal;
import vn.cchc.portal.security.UserService;

import java.time.Clock;
import java.util.Locale;

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
    private final String baseUrl;
    private final UserService users;

    NotificationMailer(
            NotificationRepository notifications,
            ObjectProvider<JavaMailSender> mail,
            Clock clock,
            @Value("${cchc.mail.from:cchc-portal@localhost}") String from,
            @Value("${cchc.base-url:http://localhost:8080}") String baseUrl,
            UserService users) {
        this.notifications = notifications;
        this.mail = mail;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.users = users;
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
        Locale locale = SystemPrincipal.callAsSystem(() -> users.localeOf(n.userId));
        message.setSubject("[CCHC] " + n.title(locale));
        message.setText(text(n, event.recipientName(), locale));
        try {
            sender.send(message);
        } catch (MailException e) {
            LOG.warn("Mail to {} failed, will be retried: {}", event.address(), e.getMessage());
            throw e;
        }
        n.emailedAt = clock.instant();
    }

    /** The mail in the recipient's language, with the address of the portal page it leads to. */
    String text(Notification n, String recipientName, Locale locale) {
        String body = n.body(locale);
        String link = n.link == null
                ? ""
                : "\n\n"
                        + NotificationText.of("notify.mail.link", baseUrl + n.link)
                                .text(locale);
        return NotificationText.of("notify.mail.greeting", recipientName).text(locale) + "\n\n"
                + (body == null ? "" : body) + link + "\n\n"
                + NotificationText.of("notify.mail.signature").text(locale);
    }
}
