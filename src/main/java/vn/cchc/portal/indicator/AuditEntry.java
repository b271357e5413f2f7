package vn.cchc.portal.indicator;

import java.time.Instant;

/** One recorded change, with names resolved for display. */
public record AuditEntry(
        Instant at,
        String username,
        String action,
        String unitName,
        String indicatorCode,
        String where,
        String oldValue,
        String newValue,
        String reason) {}
