package vn.cchc.portal.assignment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findTop50ByUserIdOrderByCreatedAtDesc(Long userId);

    List<Notification> findByUserIdAndAssignmentIdOrderByCreatedAtDesc(Long userId, Long assignmentId);

    long countByUserIdAndReadAtIsNull(Long userId);

    boolean existsByDedupKey(String dedupKey);

    List<Notification> findByAssignmentId(Long assignmentId);
}
