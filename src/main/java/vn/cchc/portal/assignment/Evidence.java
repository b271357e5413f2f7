package vn.cchc.portal.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.cchc.portal.assignment.evidence.StoredEvidence;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Texts;

import java.time.Instant;
import java.time.LocalDate;

/** Evidence of a progress update: an uploaded file (checked by content, stored with its checksum) or a document reference. */
@Entity
@Table(name = "evidence")
class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "update_id", nullable = false)
    Long updateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    EvidenceKind kind;

    @Column(name = "file_name")
    String fileName;

    @Column(name = "file_type")
    String fileType;

    @Column(name = "size_bytes")
    Long sizeBytes;

    String sha256;

    @Column(name = "storage_key")
    String storageKey;

    @Column(name = "doc_number")
    String docNumber;

    @Column(name = "doc_date")
    LocalDate docDate;

    @Column(name = "doc_issuer")
    String docIssuer;

    @Column(name = "added_by", nullable = false)
    String addedBy;

    @Column(name = "added_at", nullable = false)
    Instant addedAt;

    /** A stored file attached to a draft. */
    static Evidence file(ProgressUpdate draft, StoredEvidence stored, String by, Instant at) {
        draft.checkEditable();
        Evidence e = added(draft, EvidenceKind.FILE, by, at);
        e.fileName = stored.fileName();
        e.fileType = stored.type().name();
        e.sizeBytes = stored.sizeBytes();
        e.sha256 = stored.sha256();
        e.storageKey = stored.storageKey();
        return e;
    }

    /** An issued document (number/symbol, date, issuer) referred to by a draft. */
    static Evidence document(
            ProgressUpdate draft, String number, LocalDate date, String issuer, String by, Instant at) {
        draft.checkEditable();
        if (number == null || number.isBlank() || date == null || issuer == null || issuer.isBlank()) {
            throw BusinessException.of("error.evidence.documentFields");
        }
        Evidence e = added(draft, EvidenceKind.DOCUMENT, by, at);
        e.docNumber = Texts.nfc(number);
        e.docDate = date;
        e.docIssuer = Texts.nfc(issuer);
        return e;
    }

    private static Evidence added(ProgressUpdate draft, EvidenceKind kind, String by, Instant at) {
        Evidence e = new Evidence();
        e.updateId = draft.id;
        e.kind = kind;
        e.addedBy = by;
        e.addedAt = at;
        return e;
    }

    /** The same evidence on another draft (a returned report's evidence carried to the report that corrects it). */
    Evidence copyTo(ProgressUpdate draft, String by, Instant at) {
        draft.checkEditable();
        Evidence e = added(draft, kind, by, at);
        e.fileName = fileName;
        e.fileType = fileType;
        e.sizeBytes = sizeBytes;
        e.sha256 = sha256;
        e.storageKey = storageKey;
        e.docNumber = docNumber;
        e.docDate = docDate;
        e.docIssuer = docIssuer;
        return e;
    }

    /** Whether this is the same file (same content) or the same document reference as the other. */
    boolean sameAs(Evidence other) {
        return kind == other.kind
                && (kind == EvidenceKind.FILE
                        ? java.util.Objects.equals(sha256, other.sha256)
                        : java.util.Objects.equals(docNumber, other.docNumber)
                                && java.util.Objects.equals(docDate, other.docDate)
                                && java.util.Objects.equals(docIssuer, other.docIssuer));
    }

    EvidenceView view() {
        return new EvidenceView(id, kind, fileName, fileType, sizeBytes, sha256, docNumber, docDate, docIssuer);
    }
}
