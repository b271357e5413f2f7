package vn.cchc.portal.plan;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface PlanItemRepository extends JpaRepository<PlanItem, Long> {

    List<PlanItem> findByPlanIdOrderBySortOrder(Long planId);

    long countByPlanIdAndKind(Long planId, PlanItemKind kind);
}
