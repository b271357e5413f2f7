package vn.cchc.portal.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an archived file, kept apart from its description so that lists never load them. */
@Entity
@Table(name = "generated_report_file")
class GeneratedReportFile {

    @Id
    @Column(name = "report_id")
    Long reportId;

    @Column(nullable = false)
    byte[] content;
}
