package vn.cchc.portal.indicator;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ExclusionRepository extends JpaRepository<Exclusion, Long> {

    List<Exclusion> findByPlanId(long planId);

    Optional<Exclusion> findByPlanIdAndUnitId(long planId, long unitId);
}
