package vn.cchc.portal.indicator;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface PeriodRepository extends JpaRepository<Period, Long> {

    List<Period> findByPlanIdOrderBySeq(long planId);
}
