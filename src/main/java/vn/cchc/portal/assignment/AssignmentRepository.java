package vn.cchc.portal.assignment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

interface AssignmentRepository extends JpaRepository<Assignment, Long>, JpaSpecificationExecutor<Assignment> {

    List<Assignment> findByPlanId(Long planId);

    List<Assignment> findByItemId(Long itemId);

    List<Assignment> findByPlanIdAndUnitId(Long planId, Long unitId);

    List<Assignment> findByUnitIdIn(Collection<Long> unitIds);

    List<Assignment> findByStatusNotInAndDueDateLessThanEqual(Collection<AssignmentStatus> statuses, LocalDate day);

    boolean existsByPlanId(Long planId);

    /** The assignment, its row locked until the transaction ends (one submit of its reports at a time). */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select a from Assignment a where a.id = :id")
    java.util.Optional<Assignment> lockById(@org.springframework.data.repository.query.Param("id") Long id);

    @org.springframework.data.jpa.repository.Query(
            "select distinct a.planId from Assignment a where a.unitId = :unitId")
    List<Long> planIdsOfUnit(@org.springframework.data.repository.query.Param("unitId") Long unitId);

    List<Assignment> findByDueDateAndStatusIn(LocalDate dueDate, Collection<AssignmentStatus> statuses);

    List<Assignment> findByDueDateBeforeAndStatusIn(LocalDate day, Collection<AssignmentStatus> statuses);
}
