package vn.cchc.portal.report.periodic;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface ReportDraftRepository extends JpaRepository<ReportDraft, Long> {

    Optional<ReportDraft> findByScopeKey(String scopeKey);
}
