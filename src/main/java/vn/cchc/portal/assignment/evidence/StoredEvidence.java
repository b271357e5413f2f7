package vn.cchc.portal.assignment.evidence;

import java.util.Objects;

/**
 * A file accepted by {@link EvidenceStore#store}: what the caller keeps in its metadata row.
 *
 * @param storageKey where the bytes are: {@code "<first 2 hex of sha256>/<sha256>"} (67 chars); pass it to
 *                   {@link EvidenceStore#open} / {@link EvidenceStore#openVerified}
 * @param fileName   the uploaded name, cleaned by {@link EvidenceFileNames#sanitize} (no folders, NFC, ≤ 200 chars),
 *                   with an extension that agrees with {@code type}
 * @param type       the type decided by the content
 * @param sizeBytes  the size in bytes (&gt; 0)
 * @param sha256     SHA-256 of the bytes, 64 lower-case hex digits
 */
public record StoredEvidence(String storageKey, String fileName, EvidenceType type, long sizeBytes, String sha256) {

    public StoredEvidence {
        Objects.requireNonNull(storageKey, "storageKey");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sha256, "sha256");
    }
}
