package vn.cchc.portal.report.periodic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** The saved texts and entered statistics of one periodic report (one scope and span). */
@Entity
@Table(name = "report_draft")
class ReportDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "scope_key", nullable = false)
    String scopeKey;

    String addressee;
    String recipients;
    String section1;
    String section2;
    String section3;
    /** Entered statistics, one per line: key TAB value TAB note. */
    @Column(name = "stat_values")
    String statValues;

    @Column(name = "updated_by", nullable = false)
    String updatedBy;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;
}
