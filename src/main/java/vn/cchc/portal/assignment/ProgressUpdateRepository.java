package vn.cchc.portal.assignment;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

    List<ProgressUpdate> findByAssignmentIdOrderByCreatedAtAscIdAsc(Long assignmentId);

    List<ProgressUpdate> findByStateOrderBySubmittedAtAsc(UpdateState state);

    /** One page of the updates in a state, in the page's order; no count query. */
    List<ProgressUpdate> findByState(UpdateState state, Pageable page);

    long countByState(UpdateState state);

    /** (assignment id, state) of every update of a plan's assignments, oldest first. */
    @Query("select u.assignmentId, u.state from ProgressUpdate u "
            + "where u.assignmentId in (select a.id from Assignment a where a.planId = :planId) "
            + "order by u.createdAt, u.id")
    List<Object[]> statesOfPlan(@Param("planId") Long planId);

    /** (assignment id, state) of every update of the given assignments, oldest first. */
    @Query(
            "select u.assignmentId, u.state from ProgressUpdate u where u.assignmentId in :ids order by u.createdAt, u.id")
    List<Object[]> statesOf(@Param("ids") Collection<Long> assignmentIds);

    /** The task of a report, without loading the report. */
    @Query("select u.assignmentId from ProgressUpdate u where u.id = :id")
    java.util.Optional<Long> assignmentIdOf(@Param("id") Long updateId);

    /** Whether the assignment already has a report sent (or accepted) for the period. */
    boolean existsByAssignmentIdAndSubmittedPeriodId(Long assignmentId, Long periodId);

    List<ProgressUpdate> findByPeriodIdAndStateIn(Long periodId, Collection<UpdateState> states);
}
