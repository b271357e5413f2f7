package vn.cchc.portal.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A message in a user's notification list (new tasks, reports to review, reviews, reminders, overdue work). */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "user_id", nullable = false)
    Long userId;

    @Column(nullable = false)
    String kind;

    @Column(nullable = false)
    String title;

    String body;

    @Column(name = "assignment_id")
    Long assignmentId;

    @Column(name = "dedup_key", nullable = false)
    String dedupKey;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "read_at")
    Instant readAt;

    @Column(name = "emailed_at")
    Instant emailedAt;

    @Column(name = "message_key")
    String messageKey;

    @Column(name = "message_args")
    String messageArgs;
    /** The portal route the notification leads to, e.g. {@code /task/12}; null when it leads nowhere. */
    String link;

    /** What it says in a language: from its message key, or the Vietnamese text of rows written before keys. */
    String title(java.util.Locale locale) {
        return messageKey == null
                ? title
                : NotificationText.parse(messageKey, messageArgs).title(locale);
    }

    String body(java.util.Locale locale) {
        return messageKey == null
                ? body
                : NotificationText.parse(messageKey, messageArgs).body(locale);
    }
}
