package vn.cchc.portal.assignment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

    List<ProgressUpdate> findByAssignmentIdOrderByCreatedAtAscIdAsc(Long assignmentId);

    List<ProgressUpdate> findByStateOrderBySubmittedAtAsc(UpdateState state);

    List<ProgressUpdate> findByPeriodIdAndStateIn(Long periodId, java.util.Collection<UpdateState> states);
}
