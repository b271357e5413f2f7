package vn.cchc.portal.indicator;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    List<Milestone> findByPlanIdOrderBySeq(long planId);
}
