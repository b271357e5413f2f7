package vn.cchc.portal.report;

/**
 * A produced file before or after archiving.
 *
 * @param archiveId   the archive entry, once archived
 * @param fileName    ASCII file name without extension
 * @param displayName Vietnamese file name without extension
 */
public record GeneratedFile(
        Long archiveId,
        DocumentKind kind,
        String title,
        ExportFormat format,
        String fileName,
        String displayName,
        byte[] content,
        String sha256) {}
