package vn.cchc.portal.plan;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

interface PlanItemRepository extends JpaRepository<PlanItem, Long> {

    List<PlanItem> findByPlanIdOrderBySortOrder(Long planId);

    List<PlanItem> findByPlanIdInOrderBySortOrder(Collection<Long> planIds);

    long countByPlanIdAndKind(Long planId, PlanItemKind kind);

    /** (plan id, number of items) of the given plans that have items of the kind. */
    @Query("select i.planId, count(i) from PlanItem i where i.planId in :planIds and i.kind = :kind group by i.planId")
    List<Object[]> countByPlans(@Param("planIds") Collection<Long> planIds, @Param("kind") PlanItemKind kind);
}
