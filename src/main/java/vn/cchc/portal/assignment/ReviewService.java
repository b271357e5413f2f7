package vn.cchc.portal.assignment;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.shared.Access;
import vn.cchc.portal.shared.BusinessException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Planners review submitted progress: accept it, or return it to the unit with a comment. The unit is told after
 * the review has committed ({@link ReportAccepted}, {@link ReportReturned}).
 */
@Service
@Transactional
public class ReviewService {

    private final AssignmentRepository assignments;
    private final ProgressUpdateRepository updates;
    private final AssignmentViews views;
    private final AssignmentAuditor auditor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(
            AssignmentRepository assignments,
            ProgressUpdateRepository updates,
            AssignmentViews views,
            AssignmentAuditor auditor,
            ApplicationEventPublisher events,
            Clock clock) {
        this.assignments = assignments;
        this.updates = updates;
        this.views = views;
        this.auditor = auditor;
        this.events = events;
        this.clock = clock;
    }

    /** Submitted updates, oldest first. */
    @PreAuthorize(Access.ADMIN_OR_PLANNER)
    @Transactional(readOnly = true)
    public List<ReviewItem> queue() {
        return items(updates.findByStateOrderBySubmittedAtAsc(UpdateState.SUBMITTED));
    }

    /** One page of {@link #queue()}, read from the database page by page (lazy grids). */
    @PreAuthorize(Access.ADMIN_OR_PLANNER)
    @Transactional(readOnly = true)
    public List<ReviewItem> queue(Pageable page) {
        return items(updates.findByState(
                UpdateState.SUBMITTED,
                PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("submittedAt", "id"))));
    }

    /** One update waiting for review, e.g. opened from a notification; empty once it has been reviewed. */
    @PreAuthorize("hasAnyRole('ADMIN','PLANNER')")
    @Transactional(readOnly = true)
    public java.util.Optional<ReviewItem> waiting(long updateId) {
        return updates.findById(updateId)
                .filter(u -> u.state == UpdateState.SUBMITTED)
                .map(u -> items(List.of(u)).getFirst());
    }

    /** How many updates wait for review. */
    @PreAuthorize(Access.ADMIN_OR_PLANNER)
    @Transactional(readOnly = true)
    public long queueSize() {
        return updates.countByState(UpdateState.SUBMITTED);
    }

    /** The updates with the assignments they report on; everything read at once. */
    List<ReviewItem> items(List<ProgressUpdate> submitted) {
        Map<Long, Assignment> byId = new HashMap<>();
        assignments
                .findAllById(submitted.stream().map(u -> u.assignmentId).collect(Collectors.toSet()))
                .forEach(a -> byId.put(a.id, a));
        AssignmentViews.Lookup lookup = views.lookup().load(byId.values());
        List<UpdateView> updateViews = views.updates(submitted);
        List<ReviewItem> out = new ArrayList<>();
        for (int i = 0; i < submitted.size(); i++) {
            out.add(new ReviewItem(views.summary(byId.get(submitted.get(i).assignmentId), lookup), updateViews.get(i)));
        }
        return out;
    }

    /** Accepts an update: the assignment takes its percentage, and is done (on time or late) when it says so. */
    @PreAuthorize(Access.ADMIN_OR_PLANNER)
    public void accept(long updateId) {
        ProgressUpdate u = load(updateId);
        Assignment a = assignments.findById(u.assignmentId).orElseThrow();
        AssignmentStatus before = a.status;
        int percentBefore = a.percent;
        a.accept(u, LocalDate.now(clock), auditor.username(), clock.instant());
        updates.saveAndFlush(u);
        assignments.saveAndFlush(a);
        auditor.record(a.id, u.id, "ACCEPTED", "state", UpdateState.SUBMITTED, UpdateState.ACCEPTED);
        auditor.record(a.id, u.id, "ACCEPTED", "status", before, a.status);
        auditor.record(a.id, u.id, "ACCEPTED", "percent", percentBefore, a.percent);
        events.publishEvent(new ReportAccepted(u.id, a.id, a.unitId, a.status, a.percent));
    }

    /** Returns an update to the unit with the reason; the unit then writes a new one. */
    @PreAuthorize(Access.ADMIN_OR_PLANNER)
    public void returnUpdate(long updateId, String comment) {
        ProgressUpdate u = load(updateId);
        Assignment a = assignments.findById(u.assignmentId).orElseThrow();
        a.returnReport(u, comment, auditor.username(), clock.instant());
        updates.saveAndFlush(u);
        auditor.record(a.id, u.id, "RETURNED", "reviewComment", null, u.reviewComment);
        events.publishEvent(new ReportReturned(u.id, a.id, a.unitId, u.reviewComment));
    }

    private ProgressUpdate load(long updateId) {
        return updates.findById(updateId).orElseThrow(() -> BusinessException.of("error.update.notFound"));
    }
}
