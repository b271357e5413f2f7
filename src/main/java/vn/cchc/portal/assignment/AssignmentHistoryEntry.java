package vn.cchc.portal.assignment;

import java.time.Instant;

/** One line of an assignment's history. */
public record AssignmentHistoryEntry(Instant at, String username, String action, Long updateId, String field,
                                     String oldValue, String newValue) {
}
