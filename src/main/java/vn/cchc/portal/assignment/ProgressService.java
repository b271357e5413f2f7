package vn.cchc.portal.assignment;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.assignment.evidence.EvidenceStore;
import vn.cchc.portal.assignment.evidence.StoredEvidence;
import vn.cchc.portal.audit.AuditValue;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Texts;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A unit reports progress: staff and the head draft an update (with evidence files or document references), the
 * head submits it. Submitted updates are never changed; a returned one is followed by a new update.
 */
@Service
@Transactional
public class ProgressService {

    static final String CONFLICT = "Công việc này vừa được người khác cập nhật. Hãy tải lại để xem bản mới nhất; "
            + "nội dung bạn nhập vẫn còn trên màn hình.";
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AssignmentRepository assignments;
    private final ProgressUpdateRepository updates;
    private final EvidenceRepository evidence;
    private final ReportingPeriodRepository periods;
    private final AssignmentAccess access;
    private final AssignmentAuditor auditor;
    private final EvidenceStore store;
    private final Clock clock;

    ProgressService(AssignmentRepository assignments, ProgressUpdateRepository updates, EvidenceRepository evidence,
                    ReportingPeriodRepository periods, AssignmentAccess access, AssignmentAuditor auditor,
                    EvidenceStore store, Clock clock) {
        this.assignments = assignments;
        this.updates = updates;
        this.evidence = evidence;
        this.periods = periods;
        this.access = access;
        this.auditor = auditor;
        this.store = store;
        this.clock = clock;
    }

    /** Creates or changes the unit's open draft. A stale form is refused (nothing is lost: the form keeps its text). */
    @PreAuthorize("hasAnyRole('UNIT_HEAD','UNIT_STAFF')")
    public DraftSaved saveDraft(UpdateForm form) {
        Assignment a = load(form.getAssignmentId());
        access.checkDraft(a);
        validate(form);
        if (a.version != form.getAssignmentVersion()) {
            throw new BusinessException(CONFLICT);
        }
        ProgressUpdate draft = form.getUpdateId() == null ? new ProgressUpdate() : loadUpdate(form.getUpdateId());
        if (draft.id != null && (!draft.assignmentId.equals(a.id) || draft.state != UpdateState.DRAFT)) {
            throw new BusinessException("Báo cáo này đã gửi nên không sửa được; hãy lập báo cáo mới.");
        }
        boolean created = draft.id == null;
        if (created) {
            draft.assignmentId = a.id;
            draft.createdBy = auditor.username();
            draft.createdAt = clock.instant();
        }
        UpdateContent before = created ? null : UpdateContent.of(draft);
        draft.periodId = form.getPeriodId() != null ? form.getPeriodId() : currentPeriod(a);
        draft.completed = form.isCompleted();
        draft.percent = form.isCompleted() ? 100 : form.getPercent();
        draft.result = form.getResult();
        draft.difficulties = form.getDifficulties();
        draft.proposals = form.getProposals();
        draft.normalise();
        touch(a);
        try {
            updates.saveAndFlush(draft);
            assignments.saveAndFlush(a);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessException(CONFLICT);
        }
        auditor.record(a.id, draft.id, created ? "DRAFT_CREATED" : "DRAFT_UPDATED", "update", before,
                UpdateContent.of(draft));
        return new DraftSaved(draft.id, a.version);
    }

    /** Attaches an evidence file, checked by its content and stored with its checksum, to the open draft. */
    @PreAuthorize("hasAnyRole('UNIT_HEAD','UNIT_STAFF')")
    public EvidenceView attachFile(long updateId, String fileName, InputStream content) {
        ProgressUpdate draft = openDraft(updateId);
        StoredEvidence stored = store.store(fileName, content);
        Evidence e = new Evidence();
        e.updateId = draft.id;
        e.kind = "FILE";
        e.fileName = stored.fileName();
        e.fileType = stored.type().name();
        e.sizeBytes = stored.sizeBytes();
        e.sha256 = stored.sha256();
        e.storageKey = stored.storageKey();
        e.addedBy = auditor.username();
        e.addedAt = clock.instant();
        evidence.saveAndFlush(e);
        auditor.record(draft.assignmentId, draft.id, "EVIDENCE_FILE_ADDED", "file", null,
                List.of(e.fileName, e.fileType, AuditValue.bytes(e.sizeBytes)));
        return new EvidenceView(e.id, e.kind, e.fileName, e.fileType, e.sizeBytes, e.sha256, null, null, null);
    }

    /** Refers to an issued document (number/symbol, date, issuer) as evidence. */
    @PreAuthorize("hasAnyRole('UNIT_HEAD','UNIT_STAFF')")
    public EvidenceView attachDocument(long updateId, String number, LocalDate date, String issuer) {
        ProgressUpdate draft = openDraft(updateId);
        if (number == null || number.isBlank() || date == null || issuer == null || issuer.isBlank()) {
            throw new BusinessException("Văn bản minh chứng cần đủ số, ký hiệu, ngày ban hành và cơ quan ban hành.");
        }
        Evidence e = new Evidence();
        e.updateId = draft.id;
        e.kind = "DOCUMENT";
        e.docNumber = Texts.nfc(number);
        e.docDate = date;
        e.docIssuer = Texts.nfc(issuer);
        e.addedBy = auditor.username();
        e.addedAt = clock.instant();
        evidence.saveAndFlush(e);
        auditor.record(draft.assignmentId, draft.id, "EVIDENCE_DOCUMENT_ADDED", "document", null,
                List.of(e.docNumber, e.docDate, e.docIssuer));
        return new EvidenceView(e.id, e.kind, null, null, null, null, e.docNumber, e.docDate, e.docIssuer);
    }

    /** The unit head sends the draft to the planners; late when sent after the period's or the task's due date. */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    public void submit(long updateId) {
        ProgressUpdate draft = loadUpdate(updateId);
        Assignment a = load(draft.assignmentId);
        access.checkSubmit(a);
        if (draft.state != UpdateState.DRAFT) {
            throw new BusinessException("Báo cáo này đã được gửi.");
        }
        if (draft.result == null) {
            throw new BusinessException("Vui lòng nhập kết quả thực hiện trước khi gửi.");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate due = draft.periodId == null ? a.dueDate
                : periods.findById(draft.periodId).map(p -> p.dueDate).orElse(a.dueDate);
        draft.state = UpdateState.SUBMITTED;
        draft.submittedBy = auditor.username();
        draft.submittedAt = clock.instant();
        draft.late = today.isAfter(due) || today.isAfter(a.dueDate);
        if (a.status == AssignmentStatus.NOT_STARTED) {
            a.status = AssignmentStatus.IN_PROGRESS;
        }
        touch(a);
        updates.saveAndFlush(draft);
        assignments.saveAndFlush(a);
        auditor.record(a.id, draft.id, "SUBMITTED", "state", UpdateState.DRAFT, UpdateState.SUBMITTED);
        if (draft.late) {
            auditor.record(a.id, draft.id, "SUBMITTED_LATE", "due", null, due);
        }
    }

    /** The lead unit's head writes the consolidated result of the item from all units' parts. */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    public void writeConsolidated(long assignmentId, long version, String text) {
        Assignment a = load(assignmentId);
        access.checkSubmit(a);
        if (a.role != AssignmentRole.LEAD) {
            throw new BusinessException("Chỉ cơ quan chủ trì tổng hợp kết quả của nhiệm vụ.");
        }
        if (a.version != version) {
            throw new BusinessException(CONFLICT);
        }
        String before = a.consolidatedResult;
        a.consolidatedResult = Texts.nfcOrNull(text);
        touch(a);
        assignments.saveAndFlush(a);
        auditor.record(a.id, null, "CONSOLIDATED", "consolidatedResult", before, a.consolidatedResult);
    }

    /** The stored bytes of an evidence file the caller may read. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EvidenceFile openEvidence(long evidenceId) {
        Evidence e = evidence.findById(evidenceId).filter(x -> "FILE".equals(x.kind))
                .orElseThrow(() -> new BusinessException("Không tìm thấy tệp minh chứng."));
        ProgressUpdate u = loadUpdate(e.updateId);
        access.checkRead(load(u.assignmentId));
        return new EvidenceFile(e.fileName, e.fileType, e.sizeBytes == null ? 0 : e.sizeBytes,
                () -> store.open(e.storageKey));
    }

    private ProgressUpdate openDraft(long updateId) {
        ProgressUpdate draft = loadUpdate(updateId);
        access.checkDraft(load(draft.assignmentId));
        if (draft.state != UpdateState.DRAFT) {
            throw new BusinessException("Chỉ thêm minh chứng vào báo cáo chưa gửi.");
        }
        return draft;
    }

    private Long currentPeriod(Assignment a) {
        LocalDate today = LocalDate.now(clock);
        return periods.findByPlanIdOrderBySeq(a.planId).stream()
                .filter(p -> !p.dueDate.isBefore(today) || p.contains(today))
                .findFirst().map(p -> p.id).orElse(null);
    }

    private void touch(Assignment a) {
        a.updatedAt = clock.instant();
        a.updatedBy = auditor.username();
    }

    private static void validate(UpdateForm form) {
        if (form.getPercent() == null || form.getPercent() < 0 || form.getPercent() > 100) {
            throw new BusinessException("Tỷ lệ hoàn thành phải từ 0 đến 100%.");
        }
        if (form.getResult() != null && form.getResult().length() > 20000) {
            throw new BusinessException("Kết quả thực hiện không được dài quá 20.000 ký tự.");
        }
    }

    Assignment load(long id) {
        return assignments.findById(id).orElseThrow(() -> new BusinessException("Không tìm thấy công việc."));
    }

    ProgressUpdate loadUpdate(long id) {
        return updates.findById(id).orElseThrow(() -> new BusinessException("Không tìm thấy báo cáo tiến độ."));
    }

    static LocalDate day(java.time.Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
