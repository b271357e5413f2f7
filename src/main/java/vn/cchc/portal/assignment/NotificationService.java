package vn.cchc.portal.assignment;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.shared.CurrentUser;

import java.time.Clock;
import java.util.List;

/** The signed-in user's notifications and unread count. */
@Service
@Transactional
public class NotificationService {

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationView> mine() {
        return notifications.findTop50ByUserIdOrderByCreatedAtDesc(currentUser.require().userId()).stream()
                .map(NotificationService::view).toList();
    }

    /** Every notification the signed-in user received about one task, newest first (however many others came). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationView> mineAbout(long assignmentId) {
        return notifications.findByUserIdAndAssignmentIdOrderByCreatedAtDesc(currentUser.require().userId(),
                assignmentId).stream().map(NotificationService::view).toList();
    }

    private static NotificationView view(Notification n) {
        return new NotificationView(n.id, n.kind, n.title, n.body, n.assignmentId, n.createdAt, n.readAt != null,
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
        notifications.findTop50ByUserIdOrderByCreatedAtDesc(me).stream().filter(n -> n.readAt == null)
                .forEach(n -> n.readAt = clock.instant());
    }
}
