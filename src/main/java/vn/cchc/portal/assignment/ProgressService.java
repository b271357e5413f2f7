package vn.cchc.portal.assignment;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.assignment.evidence.EvidenceStore;
import vn.cchc.portal.assignment.evidence.StoredEvidence;
import vn.cchc.portal.audit.AuditValue;
import vn.cchc.portal.plan.PeriodView;
import vn.cchc.portal.plan.ReportingPeriodService;
import vn.cchc.portal.shared.Access;
import vn.cchc.portal.shared.BusinessException;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit reports progress: staff and the head draft an update (with evidence files or document references), the
 * head submits it. Submitted updates are never changed; a returned one is followed by a new update.
 */
@Service
@Transactional
public class ProgressService {

    /** Message key: someone else changed the task meanwhile. */
    static final String CONFLICT = "error.task.conflict";
    /** Message key: the task already has a report sent for the period. */
    static final String PERIOD_SENT = "error.update.periodSent";

    private final AssignmentRepository assignments;
    private final ProgressUpdateRepository updates;
    private final EvidenceRepository evidence;
    private final ReportingPeriodService periods;
    private final AssignmentAccess access;
    private final AssignmentAuditor auditor;
    private final EvidenceStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgressService(
            AssignmentRepository assignments,
            ProgressUpdateRepository updates,
            EvidenceRepository evidence,
            ReportingPeriodService periods,
            AssignmentAccess access,
            AssignmentAuditor auditor,
            EvidenceStore store,
            ApplicationEventPublisher events,
            Clock clock) {
        this.assignments = assignments;
        this.updates = updates;
        this.evidence = evidence;
        this.periods = periods;
        this.access = access;
        this.auditor = auditor;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** Creates or changes the unit's open draft. A stale form is refused (nothing is lost: the form keeps its text). */
    @PreAuthorize(Access.UNIT_HEAD_OR_STAFF)
    public DraftSaved saveDraft(UpdateForm form) {
        Assignment a = load(form.getAssignmentId());
        access.checkDraft(a);
        if (a.version != form.getAssignmentVersion()) {
            throw BusinessException.of(CONFLICT);
        }
        ProgressUpdate draft = form.getUpdateId() == null
                ? a.newDraft(auditor.username(), clock.instant())
                : loadUpdate(form.getUpdateId());
        boolean created = draft.id == null;
        UpdateContent before = created ? null : UpdateContent.of(draft);
        Long period = form.getPeriodId() != null ? form.getPeriodId() : currentPeriod(a);
        a.writeDraft(draft, DraftContent.of(form, period), auditor.username(), clock.instant());
        try {
            updates.saveAndFlush(draft);
            assignments.saveAndFlush(a);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw BusinessException.of(CONFLICT);
        }
        auditor.record(
                a.id, draft.id, created ? "DRAFT_CREATED" : "DRAFT_UPDATED", "update", before, UpdateContent.of(draft));
        if (created && form.getBasedOnUpdateId() != null) {
            carryEvidence(a, form.getBasedOnUpdateId(), draft);
        }
        return new DraftSaved(draft.id, a.version);
    }

    /** A report that corrects a returned one starts with the returned one's evidence (the stored files are shared). */
    private void carryEvidence(Assignment a, long returnedId, ProgressUpdate draft) {
        ProgressUpdate returned = loadUpdate(returnedId);
        if (!a.id.equals(returned.assignmentId) || returned.state != UpdateState.RETURNED) {
            throw BusinessException.of("error.update.notReturned");
        }
        for (Evidence old : evidence.findByUpdateIdOrderById(returned.id)) {
            Evidence copy = evidence.save(old.copyTo(draft, auditor.username(), clock.instant()));
            auditor.record(
                    a.id,
                    draft.id,
                    "EVIDENCE_CARRIED_OVER",
                    old.kind == EvidenceKind.FILE ? "file" : "document",
                    null,
                    describe(copy));
        }
        evidence.flush();
    }

    /** The evidence of a draft, as the form lists it. */
    @PreAuthorize("hasAnyRole('UNIT_HEAD','UNIT_STAFF')")
    @Transactional(readOnly = true)
    public List<EvidenceView> draftEvidence(long updateId) {
        ProgressUpdate draft = loadUpdate(updateId);
        access.checkDraft(load(draft.assignmentId));
        return evidence.findByUpdateIdOrderById(updateId).stream()
                .map(Evidence::view)
                .toList();
    }

    /** Takes a file or a document reference off a draft before it is sent (the file stays in the store). */
    @PreAuthorize("hasAnyRole('UNIT_HEAD','UNIT_STAFF')")
    public void removeEvidence(long evidenceId) {
        Evidence e = evidence.findById(evidenceId).orElseThrow(() -> BusinessException.of("error.evidence.gone"));
        ProgressUpdate draft = openDraft(e.updateId);
        evidence.delete(e);
        evidence.flush();
        auditor.record(
                draft.assignmentId,
                draft.id,
                "EVIDENCE_REMOVED",
                e.kind == EvidenceKind.FILE ? "file" : "document",
                describe(e),
                null);
    }

    private static List<Object> describe(Evidence e) {
        return e.kind == EvidenceKind.FILE
                ? List.of(e.fileName, e.fileType, AuditValue.bytes(e.sizeBytes))
                : List.of(e.docNumber, e.docDate, e.docIssuer);
    }

    /** Attaches an evidence file, checked by its content and stored with its checksum, to the open draft. */
    @PreAuthorize(Access.UNIT_HEAD_OR_STAFF)
    public EvidenceView attachFile(long updateId, String fileName, InputStream content) {
        ProgressUpdate draft = openDraft(updateId);
        StoredEvidence stored = store.store(fileName, content);
        Evidence added = Evidence.file(draft, stored, auditor.username(), clock.instant());
        refuseDuplicate(draft, added);
        Evidence e = evidence.saveAndFlush(added);
        auditor.record(
                draft.assignmentId,
                draft.id,
                "EVIDENCE_FILE_ADDED",
                "file",
                null,
                List.of(e.fileName, e.fileType, AuditValue.bytes(e.sizeBytes)));
        return e.view();
    }

    /** Refers to an issued document (number/symbol, date, issuer) as evidence. */
    @PreAuthorize(Access.UNIT_HEAD_OR_STAFF)
    public EvidenceView attachDocument(long updateId, String number, LocalDate date, String issuer) {
        ProgressUpdate draft = openDraft(updateId);
        Evidence added = Evidence.document(draft, number, date, issuer, auditor.username(), clock.instant());
        refuseDuplicate(draft, added);
        Evidence e = evidence.saveAndFlush(added);
        auditor.record(
                draft.assignmentId,
                draft.id,
                "EVIDENCE_DOCUMENT_ADDED",
                "document",
                null,
                List.of(e.docNumber, e.docDate, e.docIssuer));
        return e.view();
    }

    /** The unit head sends the draft to the planners; late when sent after the period's or the task's due date. */
    @PreAuthorize(Access.UNIT_HEAD_ONLY)
    public void submit(long updateId) {
        long assignmentId =
                updates.assignmentIdOf(updateId).orElseThrow(() -> new AccessDeniedException(AssignmentAccess.DENIED));
        // Submits of one task's reports wait for each other (two tabs, a double click): the second one reads the
        // report and the task only after the first has committed, and sees it
        Assignment a = assignments
                .lockById(assignmentId)
                .orElseThrow(() -> new AccessDeniedException(AssignmentAccess.DENIED));
        access.checkSubmit(a);
        ProgressUpdate draft = loadUpdate(updateId);
        if (draft.periodId != null && updates.existsByAssignmentIdAndSubmittedPeriodId(a.id, draft.periodId)) {
            throw BusinessException.of(PERIOD_SENT);
        }
        LocalDate periodDue = draft.periodId == null
                ? null
                : periods.get(draft.periodId).map(PeriodView::dueDate).orElse(null);
        a.submit(draft, periodDue, auditor.username(), clock.instant());
        try {
            updates.saveAndFlush(draft);
            assignments.saveAndFlush(a);
        } catch (DataIntegrityViolationException sameMoment) { // uk_progress_update_submitted_period
            throw BusinessException.of(PERIOD_SENT);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw BusinessException.of(CONFLICT);
        }
        auditor.record(a.id, draft.id, "SUBMITTED", "state", UpdateState.DRAFT, UpdateState.SUBMITTED);
        if (draft.late) {
            auditor.record(a.id, draft.id, "SUBMITTED_LATE", "due", null, a.reportDue(periodDue));
        }
        events.publishEvent(new ReportSubmitted(draft.id, a.id, a.unitId, draft.late));
    }

    /** The lead unit's head writes the consolidated result of the item from all units' parts. */
    @PreAuthorize(Access.UNIT_HEAD_ONLY)
    public void writeConsolidated(long assignmentId, long version, String text) {
        Assignment a = load(assignmentId);
        access.checkSubmit(a);
        if (a.version != version) {
            throw BusinessException.of(CONFLICT);
        }
        String before = a.consolidatedResult;
        a.writeConsolidated(text, auditor.username(), clock.instant());
        assignments.saveAndFlush(a);
        auditor.record(a.id, null, "CONSOLIDATED", "consolidatedResult", before, a.consolidatedResult);
    }

    /** The stored bytes of an evidence file the caller may read. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EvidenceFile openEvidence(long evidenceId) {
        Evidence e = evidence.findById(evidenceId)
                .filter(x -> x.kind == EvidenceKind.FILE)
                .orElseThrow(() -> new AccessDeniedException(AssignmentAccess.DENIED)); // missing answers as forbidden
        ProgressUpdate u = loadUpdate(e.updateId);
        access.checkRead(load(u.assignmentId));
        return new EvidenceFile(
                e.fileName, e.fileType, e.sizeBytes == null ? 0 : e.sizeBytes, () -> store.open(e.storageKey));
    }

    /** The same file (same SHA-256) or document is attached to a report once. */
    private void refuseDuplicate(ProgressUpdate draft, Evidence added) {
        evidence.findByUpdateIdOrderById(draft.id).stream()
                .filter(added::sameAs)
                .findFirst()
                .ifPresent(same -> {
                    throw same.kind == EvidenceKind.FILE
                            ? BusinessException.of("error.evidence.duplicateFile", added.fileName, same.fileName)
                            : BusinessException.of("error.evidence.duplicateDocument", same.docNumber);
                });
    }

    private ProgressUpdate openDraft(long updateId) {
        ProgressUpdate draft = loadUpdate(updateId);
        access.checkDraft(load(draft.assignmentId));
        draft.checkEditable();
        return draft;
    }

    private Long currentPeriod(Assignment a) {
        LocalDate today = LocalDate.now(clock);
        return periods.ofPlan(a.planId).stream()
                .filter(p -> !p.dueDate().isBefore(today) || p.contains(today))
                .findFirst()
                .map(PeriodView::id)
                .orElse(null);
    }

    Assignment load(long id) {
        return assignments.findById(id).orElseThrow(() -> new AccessDeniedException(AssignmentAccess.DENIED));
    }

    ProgressUpdate loadUpdate(long id) {
        return updates.findById(id).orElseThrow(() -> new AccessDeniedException(AssignmentAccess.DENIED));
    }
}
