package vn.cchc.portal.indicator;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface IndicatorAuditRepository extends JpaRepository<IndicatorAudit, Long> {

    List<IndicatorAudit> findByPlanIdOrderByChangedAtDescIdDesc(long planId);
}
