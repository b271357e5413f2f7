package vn.cchc.portal.indicator;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface BaselineRepository extends JpaRepository<Baseline, Long> {

    List<Baseline> findByIndicatorIdIn(Collection<Long> indicatorIds);
}
