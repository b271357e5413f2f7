package vn.cchc.portal.assignment;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.shared.CurrentUser;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** The signed-in user's notifications, in the language of their session, and the unread count. */
@Service
@Transactional
public class NotificationService {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The latest notifications in Vietnamese. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationView> mine() {
        return mine(VIETNAMESE);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationView> mine(Locale locale) {
        return notifications
                .findTop50ByUserIdOrderByCreatedAtDesc(currentUser.require().userId())
                .stream()
                .map(n -> view(n, locale))
                .toList();
    }

    /** Every notification the signed-in user received about one task, newest first (however many others came). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationView> mineAbout(long assignmentId) {
        return mineAbout(assignmentId, VIETNAMESE);
    }

    /** As {@link #mineAbout(long)}, in the given language. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationView> mineAbout(long assignmentId, Locale locale) {
        return notifications
                .findByUserIdAndAssignmentIdOrderByCreatedAtDesc(
                        currentUser.require().userId(), assignmentId)
                .stream()
                .map(n -> view(n, locale))
                .toList();
    }

    private static NotificationView view(Notification n, Locale locale) {
        return new NotificationView(
                n.id,
                n.kind,
                n.title(locale),
                n.body(locale),
                n.assignmentId,
                n.link != null ? n.link : n.assignmentId == null ? null : Notifier.task(n.assignmentId),
                n.createdAt,
                n.readAt != null,
                n.emailedAt != null);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByUserIdAndReadAtIsNull(currentUser.require().userId());
    }

    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        long me = currentUser.require().userId();
        notifications.findTop50ByUserIdOrderByCreatedAtDesc(me).stream()
                .filter(n -> n.readAt == null)
                .forEach(n -> n.readAt = clock.instant());
    }
}
