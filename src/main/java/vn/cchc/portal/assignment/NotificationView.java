package vn.cchc.portal.assignment;

import java.time.Instant;

/**
 * One entry of the user's notification list.
 *
 * @param link the portal route it leads to (e.g. {@code /task/12}, {@code /review?update=5}), or null
 */
public record NotificationView(
        long id,
        String kind,
        String title,
        String body,
        Long assignmentId,
        String link,
        Instant createdAt,
        boolean read,
        boolean emailed) {}
