package vn.cchc.portal.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One recorded change to an assignment or one of its progress updates. */
@Entity
@Table(name = "assignment_audit")
class AssignmentAudit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "assignment_id", nullable = false)
    Long assignmentId;
    @Column(name = "update_id")
    Long updateId;
    @Column(nullable = false)
    String action;
    String field;
    @Column(name = "old_value")
    String oldValue;
    @Column(name = "new_value")
    String newValue;
    @Column(nullable = false)
    String username;
    @Column(name = "changed_at", nullable = false)
    Instant changedAt;
}
