package vn.cchc.portal.plan;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface PlanRepository extends JpaRepository<Plan, Long> {

    Optional<Plan> findByPlanKey(String planKey);

    List<Plan> findByParentPlanId(Long parentPlanId);

    List<Plan> findByAmendsPlanId(Long amendsPlanId);
}
