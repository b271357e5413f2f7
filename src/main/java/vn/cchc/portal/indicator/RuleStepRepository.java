package vn.cchc.portal.indicator;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface RuleStepRepository extends JpaRepository<RuleStep, Long> {

    List<RuleStep> findByIndicatorIdIn(Collection<Long> indicatorIds);

    List<RuleStep> findByIndicatorId(long indicatorId);
}
