package vn.cchc.portal.plan;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

interface PlanRepository extends JpaRepository<Plan, Long>, JpaSpecificationExecutor<Plan> {

    Optional<Plan> findByPlanKey(String planKey);

    List<Plan> findByParentPlanId(Long parentPlanId);

    List<Plan> findByAmendsPlanId(Long amendsPlanId);

    List<Plan> findByIssuingUnitIdAndStatusAndParentPlanIdNotNull(Long issuingUnitId, PlanStatus status);

    @Query("select p.id from Plan p where p.status = :status")
    List<Long> idsWithStatus(@Param("status") PlanStatus status);
}
