package vn.cchc.portal.assignment;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
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

    /** What to tell: about one task or none; {@code key} identifies the event (the user id is added to it). */
    record Message(String kind, String title, String body, Long assignmentId, String key) {
    }

    private final NotificationRepository notifications;
    private final UserService users;
    private final ObjectProvider<JavaMailSender> mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    Notifier(NotificationRepository notifications, UserService users, ObjectProvider<JavaMailSender> mail,
             ApplicationEventPublisher events, Clock clock,
             @Value("${cchc.base-url:http://localhost:8080}") String baseUrl) {
        this.notifications = notifications;
        this.users = users;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** Tells the enabled people of a unit, or only its heads; returns how many were told now. */
    int toUnit(long unitId, Message message, boolean headsOnly) {
        return toPeople(users.usersOfUnit(unitId).stream()
                .filter(u -> !headsOnly || u.roles().contains(Role.UNIT_HEAD)).toList(), message);
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
            n.title = Texts.shorten(message.title(), 280);
            n.body = Texts.cut(message.body(), 4000);
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

    /** The address of a task in the portal. */
    String link(long assignmentId) {
        return "Xem chi tiết: " + baseUrl + "/tasks/" + assignmentId;
    }

    /** The address of a portal page, e.g. "tasks" or "review". */
    String page(String path) {
        return "Xem chi tiết: " + baseUrl + "/" + path;
    }
}
