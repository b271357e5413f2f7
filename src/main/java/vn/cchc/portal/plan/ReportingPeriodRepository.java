package vn.cchc.portal.plan;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

    List<ReportingPeriod> findByPlanIdOrderBySeq(Long planId);

    List<ReportingPeriod> findByPlanIdInOrderByPlanIdAscSeqAsc(Collection<Long> planIds);

    List<ReportingPeriod> findByDueDateInOrderByDueDateAscPlanIdAscSeqAsc(Collection<LocalDate> days);
}
