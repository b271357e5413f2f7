package vn.cchc.portal.report;

import java.time.Instant;

/** An archived file as lists show it. */
public record ArchivedReport(
        long id,
        DocumentKind kind,
        String title,
        String parameters,
        ExportFormat format,
        String fileName,
        String displayName,
        long sizeBytes,
        String sha256,
        Long unitId,
        Long planId,
        String createdBy,
        Instant createdAt) {

    /** The stable address of the archived file. */
    public String url() {
        return "/reports/archive/" + id;
    }
}
