package vn.cchc.portal.assignment;

import org.springframework.stereotype.Component;
import vn.cchc.portal.audit.AuditNames;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.audit.AuditValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Names tasks in the audit log by their unit and plan item; a report or review by its task. */
@Component
class AssignmentAuditNames implements AuditNames {

    private final AssignmentRepository assignments;
    private final ProgressUpdateRepository updates;

    AssignmentAuditNames(AssignmentRepository assignments, ProgressUpdateRepository updates) {
        this.assignments = assignments;
        this.updates = updates;
    }

    @Override
    public Set<AuditSubjectType> types() {
        return Set.of(AuditSubjectType.ASSIGNMENT, AuditSubjectType.PROGRESS_UPDATE, AuditSubjectType.REVIEW);
    }

    @Override
    public Map<Long, AuditValue> names(AuditSubjectType type, Set<Long> ids) {
        Map<Long, AuditValue> names = new HashMap<>();
        if (type == AuditSubjectType.ASSIGNMENT) {
            assignments
                    .findAllById(ids)
                    .forEach(a -> names.put(
                            a.id,
                            AuditValue.list(List.of(
                                    AuditValue.ref(AuditSubjectType.ORG_UNIT, a.unitId),
                                    AuditValue.ref(AuditSubjectType.PLAN_ITEM, a.itemId)))));
        } else {
            updates.findAllById(ids)
                    .forEach(u -> names.put(u.id, AuditValue.ref(AuditSubjectType.ASSIGNMENT, u.assignmentId)));
        }
        return names;
    }
}
