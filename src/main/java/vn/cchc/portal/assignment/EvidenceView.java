package vn.cchc.portal.assignment;

import java.time.LocalDate;

/** A file or a document reference attached to a progress update. */
public record EvidenceView(
        long id,
        EvidenceKind kind,
        String fileName,
        String fileType,
        Long sizeBytes,
        String sha256,
        String docNumber,
        LocalDate docDate,
        String docIssuer) {

    public boolean isFile() {
        return kind == EvidenceKind.FILE;
    }
}
