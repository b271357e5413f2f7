package vn.cchc.portal.criterion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.cchc.portal.shared.Texts;

import java.time.Instant;

/** A versioned catalogue of criteria, e.g. "Chỉ số CCHC 2023" (code PAR2023). */
@Entity
@Table(name = "criteria_framework")
class CriteriaFramework {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FrameworkKind kind;

    @Column(name = "framework_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "copied_from_id")
    private Long copiedFromId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CriteriaFramework() {}

    CriteriaFramework(String code, String name, FrameworkKind kind, int year, Long copiedFromId, Instant createdAt) {
        this.code = Texts.nfc(code);
        this.name = Texts.nfc(name);
        this.kind = kind;
        this.year = year;
        this.copiedFromId = copiedFromId;
        this.createdAt = createdAt;
    }

    @PrePersist
    @PreUpdate
    void normalise() {
        code = Texts.nfc(code);
        name = Texts.nfc(name);
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    FrameworkKind getKind() {
        return kind;
    }

    int getYear() {
        return year;
    }

    boolean isRetired() {
        return retired;
    }

    void retire() {
        this.retired = true;
    }

    Long getCopiedFromId() {
        return copiedFromId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    long getVersion() {
        return version;
    }
}
