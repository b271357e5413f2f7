package vn.cchc.portal.indicator;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    List<Indicator> findByPlanIdOrderBySortOrder(long planId);
}
