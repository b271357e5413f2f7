package vn.cchc.portal.indicator;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface ActualRepository extends JpaRepository<Actual, Long> {

    List<Actual> findByIndicatorIdIn(Collection<Long> indicatorIds);

    List<Actual> findByPeriodIdAndUnitId(long periodId, long unitId);

    List<Actual> findByPeriodId(long periodId);
}
