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
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Texts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The part of one plan item that one unit is responsible for. Its status changes only through the methods below
 * ({@link AssignmentStatus#moveTo}), which also move the reports ({@link ProgressUpdate}) of the task.
 */
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

    /** Done work takes no new reports. */
    boolean acceptsReports() {
        return !status.isDone();
    }

    /** A new, empty draft report of this unit on this task. */
    ProgressUpdate newDraft(String by, Instant at) {
        checkAcceptsReports();
        return ProgressUpdate.draftOf(id, unitId, by, at);
    }

    /** Writes a draft report of this task (only drafts are written, and only while the work is not done). */
    void writeDraft(ProgressUpdate draft, DraftContent content, String by, Instant at) {
        checkOwn(draft);
        checkAcceptsReports();
        draft.write(content);
        touch(by, at);
    }

    /**
     * The unit head sends a draft; it is late when sent after its reporting period's or the task's due date. The
     * first report starts the work.
     */
    void submit(ProgressUpdate draft, LocalDate periodDue, String by, Instant at) {
        checkOwn(draft);
        checkAcceptsReports();
        draft.submit(by, at, reportDue(periodDue));
        if (status == AssignmentStatus.NOT_STARTED) {
            status = status.moveTo(AssignmentStatus.IN_PROGRESS);
        }
        touch(by, at);
    }

    /**
     * A planner accepts a submitted report: the task takes its percentage and is done when the report says so (on
     * time when it was submitted by the due date); otherwise it is overdue once the due date has passed.
     */
    void accept(ProgressUpdate update, LocalDate today, String by, Instant at) {
        checkOwn(update);
        update.accept(by, at);
        AssignmentStatus target = update.completed
                ? completionStatus(update.submittedOn())
                : status == AssignmentStatus.OVERDUE || isOverdueOn(today)
                        ? AssignmentStatus.OVERDUE
                        : AssignmentStatus.IN_PROGRESS;
        if (target != status) {
            status = status.moveTo(target);
        }
        percent = update.percent;
        if (status.isDone()) {
            completedOn = update.submittedOn();
        }
        touch(by, at);
    }

    /** A planner returns a submitted report with the reason; the task keeps its status. */
    void returnReport(ProgressUpdate update, String comment, String by, Instant at) {
        checkOwn(update);
        update.returnWith(comment, by, at);
    }

    /** The deadline job marks unfinished work whose due date has passed. */
    void markOverdue(LocalDate today, String by, Instant at) {
        if (!today.isAfter(dueDate)) {
            throw BusinessException.of("error.task.notOverdue", Formats.date(dueDate));
        }
        status = status.moveTo(AssignmentStatus.OVERDUE);
        touch(by, at);
    }

    /**
     * The unit ended and its successor takes the task over on the effective date (issue 15); reports written so far
     * keep the unit they were written under.
     */
    void carryOver(long toUnitId, String by, Instant at) {
        unitId = toUnitId;
        touch(by, at);
    }

    /** The lead unit writes the consolidated result of the item from all units' parts. */
    void writeConsolidated(String text, String by, Instant at) {
        if (role != AssignmentRole.LEAD) {
            throw BusinessException.of("error.task.leadOnly");
        }
        consolidatedResult = Texts.block(text);
        touch(by, at);
    }

    /** A report is due by its period's due date, and never after the task's. */
    LocalDate reportDue(LocalDate periodDue) {
        return periodDue == null || periodDue.isAfter(dueDate) ? dueDate : periodDue;
    }

    private AssignmentStatus completionStatus(LocalDate doneOn) {
        return doneOn.isAfter(dueDate) ? AssignmentStatus.DONE_LATE : AssignmentStatus.DONE_ON_TIME;
    }

    private void checkAcceptsReports() {
        if (!acceptsReports()) {
            throw BusinessException.of("error.task.doneNoReports");
        }
    }

    private void checkOwn(ProgressUpdate update) {
        if (!id.equals(update.assignmentId)) {
            throw BusinessException.of("error.update.otherTask");
        }
    }

    private void touch(String by, Instant at) {
        updatedAt = at;
        updatedBy = by;
    }
}
