package vn.cchc.portal.plan;

import java.time.Instant;

/** One line of a plan's history. */
public record PlanAuditEntry(Instant at, String username, String action, Long itemId, String field, String oldValue,
                             String newValue) {
}
