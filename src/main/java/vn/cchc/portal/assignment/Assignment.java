package vn.cchc.portal.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** The part of one plan item that one unit is responsible for. */
@Entity
@Table(name = "assignment")
class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "plan_id", nullable = false)
    Long planId;
    @Column(name = "item_id", nullable = false)
    Long itemId;
    @Column(name = "unit_id", nullable = false)
    Long unitId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    AssignmentRole role;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    AssignmentStatus status = AssignmentStatus.NOT_STARTED;
    @Column(name = "percent_complete", nullable = false)
    int percent;
    @Column(name = "due_date", nullable = false)
    LocalDate dueDate;
    /** Time of day on the due date when the plan prints one ("trước 16 giờ ngày 21/03/2024"). */
    @Column(name = "due_time")
    java.time.LocalTime dueTime;
    /** The unit holds the task for the units below it and passes it on in its own plan (giao tiếp cho cấp xã). */
    @Column(name = "pass_on", nullable = false)
    boolean passOn;
    @Column(name = "completed_on")
    LocalDate completedOn;
    @Column(name = "consolidated_result")
    String consolidatedResult;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    String updatedBy;
    @Version
    long version;

    boolean isOverdueOn(LocalDate day) {
        return !status.isDone() && day.isAfter(dueDate);
    }
}
