package vn.cchc.portal.assignment;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import vn.cchc.portal.security.UserService;
import vn.cchc.portal.security.UserSummary;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.Texts;

import java.time.Clock;
import java.util.List;

/**
 * Writes notifications into people's lists, once per message and person (a de-duplication key per event and user,
 * so a listener that runs again writes nothing twice). When mail is configured and the person has an address, the
 * notification is also e-mailed by {@link NotificationMailer} after this transaction commits. Called by the
 * listeners of {@link AssignmentNotifications}, as the system.
 */
@Component
class Notifier {

    /**
     * What to tell: about one task or none, in words of the translation bundles, leading to a portal route
     * ({@code link}, e.g. {@code /task/12}); {@code key} identifies the event (the user id is added to it).
     */
    record Message(String kind, NotificationText text, Long assignmentId, String link, String key) {}

    private static final java.util.Locale STORED = java.util.Locale.forLanguageTag("vi-VN");

    private final NotificationRepository notifications;
    private final UserService users;
    private final ObjectProvider<JavaMailSender> mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifier(
            NotificationRepository notifications,
            UserService users,
            ObjectProvider<JavaMailSender> mail,
            ApplicationEventPublisher events,
            Clock clock) {
        this.notifications = notifications;
        this.users = users;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /** Tells the enabled people of a unit, or only its heads; returns how many were told now. */
    int toUnit(long unitId, Message message, boolean headsOnly) {
        return toPeople(
                users.usersOfUnit(unitId).stream()
                        .filter(u -> !headsOnly || u.roles().contains(Role.UNIT_HEAD))
                        .toList(),
                message);
    }

    /** Tells the enabled people holding a role; returns how many were told now. */
    int toRole(Role role, Message message) {
        return toPeople(users.usersWithRole(role), message);
    }

    private int toPeople(List<UserSummary> people, Message message) {
        int told = 0;
        boolean mailOn = mail.getIfAvailable() != null;
        for (UserSummary user : people) {
            String dedup = message.key() + ":" + user.id();
            if (!user.enabled() || notifications.existsByDedupKey(dedup)) {
                continue;
            }
            Notification n = new Notification();
            n.userId = user.id();
            n.kind = message.kind();
            n.title = Texts.shorten(message.text().title(STORED), 280);
            n.body = Texts.cut(message.text().body(STORED), 4000);
            n.messageKey = message.text().key();
            n.messageArgs = Texts.cut(message.text().argsJson(), 4000);
            n.link = message.link();
            n.assignmentId = message.assignmentId();
            n.dedupKey = dedup;
            n.createdAt = clock.instant();
            notifications.save(n);
            if (mailOn && user.email() != null && !user.email().isBlank()) {
                events.publishEvent(new NotificationMail(n.id, user.email(), user.fullName()));
            }
            told++;
        }
        return told;
    }

    /** The portal route of a task. */
    static String task(long assignmentId) {
        return "/task/" + assignmentId;
    }
}
