package vn.cchc.portal.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An archived generated file: what was produced, for whom, from which parameters, with its checksum. */
@Entity
@Table(name = "generated_report")
class GeneratedReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    DocumentKind kind;

    @Column(nullable = false)
    String title;

    @Column(nullable = false)
    String parameters;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ExportFormat format;

    @Column(name = "file_name", nullable = false)
    String fileName;

    @Column(name = "display_name", nullable = false)
    String displayName;

    @Column(name = "size_bytes", nullable = false)
    long sizeBytes;

    @Column(nullable = false)
    String sha256;

    @Column(name = "unit_id")
    Long unitId;

    @Column(name = "plan_id")
    Long planId;

    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;
}
