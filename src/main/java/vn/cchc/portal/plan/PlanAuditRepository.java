package vn.cchc.portal.plan;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface PlanAuditRepository extends JpaRepository<PlanAudit, Long> {

    List<PlanAudit> findByPlanIdOrderByChangedAtDescIdDesc(Long planId);
}
