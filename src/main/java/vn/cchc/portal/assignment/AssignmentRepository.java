package vn.cchc.portal.assignment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByPlanId(Long planId);

    List<Assignment> findByItemId(Long itemId);

    List<Assignment> findByUnitIdIn(Collection<Long> unitIds);

    List<Assignment> findByStatusNotInAndDueDateLessThanEqual(Collection<AssignmentStatus> statuses, LocalDate day);

    boolean existsByPlanId(Long planId);

    List<Assignment> findByDueDateAndStatusIn(LocalDate dueDate, Collection<AssignmentStatus> statuses);

    List<Assignment> findByDueDateBeforeAndStatusIn(LocalDate day, Collection<AssignmentStatus> statuses);
}
