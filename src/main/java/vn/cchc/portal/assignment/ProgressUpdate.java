package vn.cchc.portal.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.cchc.portal.shared.Texts;

import java.time.Instant;

/** One progress report of a unit on one assignment. Submitted updates are never changed, only reviewed. */
@Entity
@Table(name = "progress_update")
class ProgressUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "assignment_id", nullable = false)
    Long assignmentId;
    @Column(name = "period_id")
    Long periodId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    UpdateState state = UpdateState.DRAFT;
    @Column(nullable = false)
    boolean completed;
    @Column(name = "percent_complete", nullable = false)
    int percent;
    String result;
    String difficulties;
    String proposals;
    @Column(name = "created_by", nullable = false)
    String createdBy;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "submitted_by")
    String submittedBy;
    @Column(name = "submitted_at")
    Instant submittedAt;
    @Column(nullable = false)
    boolean late;
    @Column(name = "reviewed_by")
    String reviewedBy;
    @Column(name = "reviewed_at")
    Instant reviewedAt;
    @Column(name = "review_comment")
    String reviewComment;
    @Version
    long version;

    @PrePersist
    @PreUpdate
    void normalise() {
        result = Texts.nfcOrNull(result);
        difficulties = Texts.nfcOrNull(difficulties);
        proposals = Texts.nfcOrNull(proposals);
        reviewComment = Texts.nfcOrNull(reviewComment);
    }
}
