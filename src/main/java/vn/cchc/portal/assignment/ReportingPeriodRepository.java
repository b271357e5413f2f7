package vn.cchc.portal.assignment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

    List<ReportingPeriod> findByPlanIdOrderBySeq(Long planId);
}
