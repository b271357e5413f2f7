package vn.cchc.portal.assignment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

    List<ProgressUpdate> findByAssignmentIdOrderByCreatedAtAscIdAsc(Long assignmentId);

    List<ProgressUpdate> findByStateOrderBySubmittedAtAsc(UpdateState state);

    /** (assignment id, state) of every update of a plan's assignments, oldest first. */
    @org.springframework.data.jpa.repository.Query("select u.assignmentId, u.state from ProgressUpdate u "
            + "where u.assignmentId in (select a.id from Assignment a where a.planId = :planId) "
            + "order by u.createdAt, u.id")
    List<Object[]> statesOfPlan(@org.springframework.data.repository.query.Param("planId") Long planId);

    List<ProgressUpdate> findByPeriodIdAndStateIn(Long periodId, java.util.Collection<UpdateState> states);
}
