package vn.cchc.portal.indicator;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorPlanRepository extends JpaRepository<IndicatorPlan, Long> {}
