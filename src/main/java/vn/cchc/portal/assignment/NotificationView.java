package vn.cchc.portal.assignment;

import java.time.Instant;

/** One entry of the user's notification list. */
public record NotificationView(long id, String kind, String title, String body, Long assignmentId, Instant createdAt,
                               boolean read, boolean emailed) {
}
