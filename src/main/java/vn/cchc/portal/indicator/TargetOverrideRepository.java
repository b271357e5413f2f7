package vn.cchc.portal.indicator;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface TargetOverrideRepository extends JpaRepository<TargetOverride, Long> {

    List<TargetOverride> findByIndicatorIdIn(Collection<Long> indicatorIds);

    /** The targets set by hand for the given indicators, read as values (what a target matrix needs). */
    @Query("select new vn.cchc.portal.indicator.SetTarget(o.indicatorId, o.unitId, o.milestoneId, o.value, o.reason,"
            + " o.setInPlanId, o.setBy, o.setAt) from TargetOverride o where o.indicatorId in :ids")
    List<SetTarget> setTargetsOf(@Param("ids") Collection<Long> indicatorIds);

    List<TargetOverride> findByUnitIdOrderById(long unitId);

    Optional<TargetOverride> findByIndicatorIdAndUnitIdAndMilestoneId(long indicatorId, long unitId, long milestoneId);
}
