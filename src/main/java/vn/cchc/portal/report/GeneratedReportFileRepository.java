package vn.cchc.portal.report;

import org.springframework.data.jpa.repository.JpaRepository;

interface GeneratedReportFileRepository extends JpaRepository<GeneratedReportFile, Long> {}
