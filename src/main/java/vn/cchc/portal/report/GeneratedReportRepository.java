package vn.cchc.portal.report;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface GeneratedReportRepository extends JpaRepository<GeneratedReport, Long> {

    List<GeneratedReport> findTop200ByOrderByCreatedAtDescIdDesc();
}
