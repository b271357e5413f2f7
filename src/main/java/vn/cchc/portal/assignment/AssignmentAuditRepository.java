package vn.cchc.portal.assignment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AssignmentAuditRepository extends JpaRepository<AssignmentAudit, Long> {

    List<AssignmentAudit> findByAssignmentIdOrderByChangedAtAscIdAsc(Long assignmentId);
}
