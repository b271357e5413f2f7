package vn.cchc.portal.indicator;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface TargetOverrideRepository extends JpaRepository<TargetOverride, Long> {

    List<TargetOverride> findByIndicatorIdIn(Collection<Long> indicatorIds);

    List<TargetOverride> findByUnitIdOrderById(long unitId);

    Optional<TargetOverride> findByIndicatorIdAndUnitIdAndMilestoneId(long indicatorId, long unitId, long milestoneId);
}
