package vn.cchc.portal.assignment;

import java.time.Instant;
import java.util.List;

/** A progress update with its evidence, as the history shows it. */
public record UpdateView(long id, String periodLabel, UpdateState state, boolean completed, int percent,
                         String result, String difficulties, String proposals, String createdBy, Instant createdAt,
                         String submittedBy, Instant submittedAt, boolean late, String reviewedBy, Instant reviewedAt,
                         String reviewComment, List<EvidenceView> evidence, long version) {
}
