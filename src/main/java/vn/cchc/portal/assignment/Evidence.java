package vn.cchc.portal.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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
    @Column(nullable = false)
    String kind;
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
}
