package vn.cchc.portal.assignment;

import org.springframework.stereotype.Component;
import vn.cchc.portal.audit.AuditField;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.audit.AuditRow;
import vn.cchc.portal.audit.AuditSubject;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.audit.AuditValue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes the assignment history into the audit log: who, when, which field, old and new value. A row with a report
 * is about that report (a review when it accepts or returns it), inside its task; other rows are about the task,
 * inside its plan.
 */
@Component
class AssignmentAuditor {

    private static final Set<String> REVIEWS = Set.of("ACCEPTED", "RETURNED");
    private static final List<AuditField<UpdateContent>> CONTENT = List.of(
            AuditField.of("completed", c -> AuditValue.bool(c.completed())),
            AuditField.of("percent", c -> AuditValue.percent(c.percent())),
            AuditField.of("result", c -> AuditValue.text(c.result())),
            AuditField.of("difficulties", c -> AuditValue.text(c.difficulties())),
            AuditField.of("proposals", c -> AuditValue.text(c.proposals())));

    private final AuditLog log;
    private final AssignmentRepository assignments;

    AssignmentAuditor(AuditLog log, AssignmentRepository assignments) {
        this.log = log;
        this.assignments = assignments;
    }

    String username() {
        return log.actor();
    }

    /**
     * Records an action; with a field only when the value changed. A report's content ({@link UpdateContent}) is
     * recorded field by field.
     */
    void record(long assignmentId, Long updateId, String action, String field, Object oldValue, Object newValue) {
        AuditSubject subject = subject(assignmentId, updateId, action);
        if (field == null) {
            log.record(subject, action);
        } else if (newValue instanceof UpdateContent after) {
            log.compare(subject, action, (UpdateContent) oldValue, after, CONTENT);
        } else {
            log.change(subject, action, field, value(field, oldValue), value(field, newValue));
        }
    }

    /** The task's rows and its reports' rows, oldest first. */
    List<AuditRow> history(long assignmentId, Locale locale) {
        return log.history(AuditSubjectType.ASSIGNMENT, assignmentId, locale).reversed();
    }

    private AuditSubject subject(long assignmentId, Long updateId, String action) {
        if (updateId != null) {
            AuditSubjectType type =
                    REVIEWS.contains(action) ? AuditSubjectType.REVIEW : AuditSubjectType.PROGRESS_UPDATE;
            return AuditSubject.of(type, updateId).within(AuditSubjectType.ASSIGNMENT, assignmentId);
        }
        Long planId = assignments.findById(assignmentId).map(a -> a.planId).orElse(null);
        return AuditSubject.of(AuditSubjectType.ASSIGNMENT, assignmentId).within(AuditSubjectType.PLAN, planId);
    }

    private static AuditValue value(String field, Object value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case UpdateState state -> AuditValue.label("update.state", state);
            case AssignmentStatus status -> AuditValue.label("assignment.status", status);
            case AssignmentRole role -> AuditValue.label("assignment.role", role);
            case Number number when field.equals("percent") -> AuditValue.percent(number);
            case Number id when field.equals("unit") -> AuditValue.ref(AuditSubjectType.ORG_UNIT, id);
            default -> AuditValue.of(value);
        };
    }
}
