package vn.cchc.portal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One row of the audit log: a subject (and its parent) changed by a user at a time, with the field and its typed
 * old and new value. Rows are only ever inserted. The subject's name at the time and a search key (the row as
 * shown in Vietnamese and English, without diacritics) are added when the row is written.
 */
@Entity
@Table(name = "audit_log")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false)
    AuditSubjectType subjectType;

    @Column(name = "subject_id", nullable = false)
    long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "parent_type")
    AuditSubjectType parentType;

    @Column(name = "parent_id")
    Long parentId;

    @Column(nullable = false)
    String action;

    String field;

    @Column(name = "value_type")
    String valueType;

    @Column(name = "old_value")
    String oldValue;

    @Column(name = "new_value")
    String newValue;

    @Column(nullable = false)
    String username;

    @Column(name = "changed_at", nullable = false)
    Instant changedAt;

    @Column(name = "subject_label")
    String subjectLabel;

    @Column(name = "search_key")
    String searchKey;

    AuditValue oldValue() {
        return value(oldValue);
    }

    AuditValue newValue() {
        return value(newValue);
    }

    private AuditValue value(String raw) {
        return raw == null ? null : new AuditValue(valueType == null ? AuditValue.TEXT : valueType, raw);
    }
}
