package vn.cchc.portal.assignment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.security.UserService;
import vn.cchc.portal.security.UserSummary;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Tells the people of a unit about their work: in the portal's notification list and, when mail is configured and
 * the user has an address, by e-mail. Every message is sent once (a de-duplication key per event and user).
 */
@Component
class Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

    private final NotificationRepository notifications;
    private final UserService users;
    private final OrgUnitService units;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final String from;
    private final String baseUrl;

    Notifier(NotificationRepository notifications, UserService users, OrgUnitService units,
             ObjectProvider<JavaMailSender> mail, Clock clock,
             @Value("${cchc.mail.from:cchc-portal@localhost}") String from,
             @Value("${cchc.base-url:http://localhost:8080}") String baseUrl) {
        this.notifications = notifications;
        this.users = users;
        this.units = units;
        this.mail = mail;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    /** Notifications of one job run; the people of each unit are looked up once. */
    Batch batch() {
        return new Batch();
    }

    void returned(Assignment a, String comment) {
        batch().toUnit(a, "RETURNED", "Báo cáo tiến độ bị trả lại", () -> "Lý do: " + comment + "\n" + link(a),
                "returned:" + a.id + ":" + clock.millis(), false);
    }

    final class Batch {
        private final java.util.Map<Long, List<UserSummary>> people = new java.util.HashMap<>();

        void reminder(Assignment a, java.util.function.Supplier<String> what, LocalDate due, long daysLeft, String key) {
            String title = "Nhắc việc: còn " + daysLeft + " ngày đến hạn " + Formats.date(due);
            toUnit(a, "REMINDER", title, () -> what.get() + "\nHạn: " + Formats.date(due) + ".\n" + link(a), key,
                    false);
        }

        void overdue(Assignment a, java.util.function.Supplier<String> what, LocalDate due, String key) {
            java.util.function.Supplier<String> body = () -> what.get() + "\nĐã quá hạn " + Formats.date(due)
                    + " mà chưa hoàn thành.\n" + link(a);
            toUnit(a, "OVERDUE", "Quá hạn: nhiệm vụ đến hạn " + Formats.date(due) + " chưa hoàn thành", body, key,
                    false);
            String escalation = "Báo cáo lãnh đạo: " + units.nameOf(a.unitId) + " chậm thực hiện nhiệm vụ";
            toUnit(a, "ESCALATION", escalation, body, key + ":head", true);
        }

        private void toUnit(Assignment a, String kind, String title, java.util.function.Supplier<String> body,
                            String key, boolean headsOnly) {
            List<UserSummary> unitPeople = people.computeIfAbsent(a.unitId, id -> users.usersOfUnit(id).stream()
                    .filter(UserSummary::enabled).toList());
            String text = null;
            for (UserSummary user : unitPeople) {
                if (headsOnly && !user.roles().contains(Role.UNIT_HEAD)) {
                    continue;
                }
                String dedup = key + ":" + user.id();
                if (notifications.existsByDedupKey(dedup)) {
                    continue;
                }
                if (text == null) {
                    text = body.get();
                }
                Notification n = new Notification();
                n.userId = user.id();
                n.kind = kind;
                n.title = shorten(title);
                n.body = text.length() > 4000 ? text.substring(0, 3999) : text;
                n.assignmentId = a.id;
                n.dedupKey = dedup;
                n.createdAt = clock.instant();
                if (send(user, n)) {
                    n.emailedAt = clock.instant();
                }
                notifications.save(n);
            }
        }
    }

    private boolean send(UserSummary user, Notification n) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || user.email() == null || user.email().isBlank()) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(user.email());
        message.setSubject("[CCHC] " + n.title);
        message.setText("Kính gửi " + user.fullName() + ",\n\n" + n.body + "\n\nCổng quản lý CCHC – Sở Nội vụ");
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            LOG.warn("Mail to {} failed: {}", user.email(), e.getMessage());
            return false;
        }
    }

    private String link(Assignment a) {
        return "Xem chi tiết: " + baseUrl + "/tasks/" + a.id;
    }

    private static String shorten(String text) {
        return vn.cchc.portal.shared.Texts.shorten(text, 280);
    }
}
