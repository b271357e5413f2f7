package vn.cchc.portal.assignment;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Texts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Planners review submitted progress: accept it, or return it to the unit with a comment. */
@Service
@Transactional
public class ReviewService {

    private final AssignmentRepository assignments;
    private final ProgressUpdateRepository updates;
    private final AssignmentViews views;
    private final AssignmentAuditor auditor;
    private final Notifier notifier;
    private final Clock clock;

    ReviewService(AssignmentRepository assignments, ProgressUpdateRepository updates, AssignmentViews views,
                  AssignmentAuditor auditor, Notifier notifier, Clock clock) {
        this.assignments = assignments;
        this.updates = updates;
        this.views = views;
        this.auditor = auditor;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Submitted updates, oldest first. */
    @PreAuthorize("hasAnyRole('ADMIN','PLANNER')")
    @Transactional(readOnly = true)
    public List<ReviewItem> queue() {
        return items(updates.findByStateOrderBySubmittedAtAsc(UpdateState.SUBMITTED));
    }

    /** One page of {@link #queue()}, read from the database page by page (lazy grids). */
    @PreAuthorize("hasAnyRole('ADMIN','PLANNER')")
    @Transactional(readOnly = true)
    public List<ReviewItem> queue(Pageable page) {
        return items(updates.findByState(UpdateState.SUBMITTED, PageRequest.of(page.getPageNumber(),
                page.getPageSize(), Sort.by("submittedAt", "id"))));
    }

    /** How many updates wait for review. */
    @PreAuthorize("hasAnyRole('ADMIN','PLANNER')")
    @Transactional(readOnly = true)
    public long queueSize() {
        return updates.countByState(UpdateState.SUBMITTED);
    }

    /** The updates with the assignments they report on; everything read at once. */
    private List<ReviewItem> items(List<ProgressUpdate> submitted) {
        Map<Long, Assignment> byId = new HashMap<>();
        assignments.findAllById(submitted.stream().map(u -> u.assignmentId).collect(Collectors.toSet()))
                .forEach(a -> byId.put(a.id, a));
        AssignmentViews.Lookup lookup = views.lookup().load(byId.values());
        List<UpdateView> updateViews = views.updates(submitted);
        List<ReviewItem> out = new ArrayList<>();
        for (int i = 0; i < submitted.size(); i++) {
            out.add(new ReviewItem(views.summary(byId.get(submitted.get(i).assignmentId), lookup),
                    updateViews.get(i)));
        }
        return out;
    }

    /** Accepts an update: the assignment takes its percentage, and is done (on time or late) when it says so. */
    @PreAuthorize("hasAnyRole('ADMIN','PLANNER')")
    public void accept(long updateId) {
        ProgressUpdate u = submitted(updateId);
        Assignment a = assignments.findById(u.assignmentId).orElseThrow();
        u.state = UpdateState.ACCEPTED;
        u.reviewedBy = auditor.username();
        u.reviewedAt = clock.instant();
        AssignmentStatus before = a.status;
        int percentBefore = a.percent;
        a.percent = u.percent;
        if (u.completed) {
            LocalDate done = ProgressService.day(u.submittedAt);
            a.completedOn = done;
            a.status = done.isAfter(a.dueDate) ? AssignmentStatus.DONE_LATE : AssignmentStatus.DONE_ON_TIME;
        } else {
            a.status = a.isOverdueOn(LocalDate.now(clock)) ? AssignmentStatus.OVERDUE : AssignmentStatus.IN_PROGRESS;
        }
        a.updatedAt = clock.instant();
        a.updatedBy = auditor.username();
        updates.saveAndFlush(u);
        assignments.saveAndFlush(a);
        auditor.record(a.id, u.id, "ACCEPTED", "state", UpdateState.SUBMITTED, UpdateState.ACCEPTED);
        auditor.record(a.id, u.id, "ACCEPTED", "status", before, a.status);
        auditor.record(a.id, u.id, "ACCEPTED", "percent", percentBefore, a.percent);
    }

    /** Returns an update to the unit with the reason; the unit then writes a new one. */
    @PreAuthorize("hasAnyRole('ADMIN','PLANNER')")
    public void returnUpdate(long updateId, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new BusinessException("Vui lòng ghi rõ lý do trả lại báo cáo.");
        }
        ProgressUpdate u = submitted(updateId);
        Assignment a = assignments.findById(u.assignmentId).orElseThrow();
        u.state = UpdateState.RETURNED;
        u.reviewedBy = auditor.username();
        u.reviewedAt = clock.instant();
        u.reviewComment = Texts.nfc(comment);
        updates.saveAndFlush(u);
        auditor.record(a.id, u.id, "RETURNED", "reviewComment", null, u.reviewComment);
        notifier.returned(a, u.reviewComment);
    }

    private ProgressUpdate submitted(long updateId) {
        ProgressUpdate u = updates.findById(updateId)
                .orElseThrow(() -> new BusinessException("Không tìm thấy báo cáo tiến độ."));
        if (u.state != UpdateState.SUBMITTED) {
            throw new BusinessException("Báo cáo này không còn chờ duyệt (đã được người khác xử lý).");
        }
        return u;
    }
}
