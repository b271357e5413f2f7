package vn.cchc.portal.assignment;

import org.springframework.stereotype.Component;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.UserContext;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** Writes the assignment history: who, when, which field, old and new value. */
@Component
class AssignmentAuditor {

    private static final int MAX = 4000;

    private final AssignmentAuditRepository audits;
    private final CurrentUser currentUser;
    private final Clock clock;

    AssignmentAuditor(AssignmentAuditRepository audits, CurrentUser currentUser, Clock clock) {
        this.audits = audits;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    String username() {
        return currentUser.get().map(UserContext::username).orElse("system");
    }

    void record(long assignmentId, Long updateId, String action, String field, Object oldValue, Object newValue) {
        String before = text(oldValue);
        String after = text(newValue);
        if (field != null && Objects.equals(before, after)) {
            return;
        }
        AssignmentAudit audit = new AssignmentAudit();
        audit.assignmentId = assignmentId;
        audit.updateId = updateId;
        audit.action = action;
        audit.field = field;
        audit.oldValue = before;
        audit.newValue = after;
        audit.username = username();
        audit.changedAt = clock.instant();
        audits.save(audit);
    }

    List<AssignmentHistoryEntry> history(long assignmentId) {
        return audits.findByAssignmentIdOrderByChangedAtAscIdAsc(assignmentId).stream()
                .map(a -> new AssignmentHistoryEntry(a.changedAt, a.username, a.action, a.updateId, a.field,
                        a.oldValue, a.newValue))
                .toList();
    }

    private static String text(Object value) {
        String text = value == null ? null : String.valueOf(value);
        return text == null ? null : vn.cchc.portal.shared.Texts.cut(text, MAX);
    }
}
