package vn.cchc.portal.assignment;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findTop50ByUserIdOrderByCreatedAtDesc(Long userId);

    List<Notification> findByUserIdAndAssignmentIdOrderByCreatedAtDesc(Long userId, Long assignmentId);

    long countByUserIdAndReadAtIsNull(Long userId);

    boolean existsByDedupKey(String dedupKey);

    List<Notification> findByAssignmentId(Long assignmentId);

    /** The notification, its row locked until the transaction ends (one mailer at a time, on any node). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from Notification n where n.id = :id")
    Optional<Notification> lockById(Long id);
}
