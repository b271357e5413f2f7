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
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Texts;
import vn.cchc.portal.shared.TimeConfig;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One progress report of a unit on one assignment. Drafts are written and changed; submitted updates are never
 * changed, only reviewed. The state changes only through the methods below ({@link UpdateState#moveTo}).
 */
@Entity
@Table(name = "progress_update")
class ProgressUpdate {

    static final int MAX_RESULT = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "assignment_id", nullable = false)
    Long assignmentId;

    @Column(name = "period_id")
    Long periodId;
    /** The unit the report was written under: its task may later move to a successor unit (issue 15). */
    @Column(name = "unit_id")
    Long unitId;
    /** The period while the report is sent or accepted, else null: unique per assignment (one sent report a period). */
    @Column(name = "submitted_period_id")
    Long submittedPeriodId;

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

    /** A new, empty draft of the given assignment. */
    static ProgressUpdate draftOf(long assignmentId, Long unitId, String by, Instant at) {
        ProgressUpdate draft = new ProgressUpdate();
        draft.assignmentId = assignmentId;
        draft.unitId = unitId;
        draft.createdBy = by;
        draft.createdAt = at;
        return draft;
    }

    /** Saves the draft's text; a complete report is at 100%. Only drafts are written. */
    void write(DraftContent content) {
        state = state.moveTo(UpdateState.DRAFT);
        Integer percentGiven = content.percent();
        if (percentGiven == null || percentGiven < 0 || percentGiven > 100) {
            throw BusinessException.of("error.update.percent");
        }
        if (content.result() != null && content.result().length() > MAX_RESULT) {
            throw BusinessException.of("error.update.resultTooLong");
        }
        periodId = content.periodId();
        completed = content.completed();
        percent = completed ? 100 : percentGiven;
        result = content.result();
        difficulties = content.difficulties();
        proposals = content.proposals();
        normalise();
    }

    /** Evidence is added to drafts only. */
    void checkEditable() {
        state.moveTo(UpdateState.DRAFT);
    }

    /** The unit head sends the draft; late when sent after the given due date. */
    void submit(String by, Instant at, LocalDate due) {
        UpdateState next = state.moveTo(UpdateState.SUBMITTED);
        if (result == null || result.isBlank()) {
            throw BusinessException.of("error.update.resultRequired");
        }
        state = next;
        submittedPeriodId = periodId;
        submittedBy = by;
        submittedAt = at;
        late = day(at).isAfter(due);
    }

    void accept(String by, Instant at) {
        state = state.moveTo(UpdateState.ACCEPTED);
        reviewedBy = by;
        reviewedAt = at;
    }

    /** Returns the update to the unit; the reason is required. */
    void returnWith(String comment, String by, Instant at) {
        UpdateState next = state.moveTo(UpdateState.RETURNED);
        if (comment == null || comment.isBlank()) {
            throw BusinessException.of("error.update.reasonRequired");
        }
        state = next;
        submittedPeriodId = null; // a returned report frees its period for the corrected one
        reviewComment = Texts.block(comment);
        reviewedBy = by;
        reviewedAt = at;
    }

    /** The day (Vietnam time) the update was submitted. */
    LocalDate submittedOn() {
        return day(submittedAt);
    }

    static LocalDate day(Instant instant) {
        return instant.atZone(TimeConfig.ZONE).toLocalDate();
    }

    @PrePersist
    @PreUpdate
    void normalise() {
        result = Texts.block(result);
        difficulties = Texts.block(difficulties);
        proposals = Texts.block(proposals);
        reviewComment = Texts.block(reviewComment);
    }
}
