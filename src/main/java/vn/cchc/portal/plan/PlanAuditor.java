package vn.cchc.portal.plan;

import org.springframework.stereotype.Component;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.audit.AuditRow;
import vn.cchc.portal.audit.AuditSubject;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.audit.AuditValue;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Writes the plan history into the audit log: who changed what, when, from which value to which. */
@Component
class PlanAuditor {

    /** An item deleted: its old title is the name it keeps in the log. */
    private static final String DELETED = "ITEM_DELETED";
    /** Changes of the fields a plan or an item is named by (a draft gets its number late). */
    private static final Set<String> RENAMING = Set.of("PLAN_UPDATED", "ITEM_UPDATED");

    private static final Set<String> NAMING = Set.of("number", "title", "criterionId", "goal", "tasks");

    private final AuditLog log;

    PlanAuditor(AuditLog log) {
        this.log = log;
    }

    String username() {
        return log.actor();
    }

    void record(long planId, Long itemId, String action) {
        log.record(subject(planId, itemId), action);
    }

    /** Records a field change; nothing when the value did not change. */
    void field(long planId, Long itemId, String action, String field, Object oldValue, Object newValue) {
        AuditSubject subject = subject(planId, itemId);
        if (DELETED.equals(action) && oldValue instanceof String name) {
            subject = subject.named(name);
        }
        AuditValue before = value(field, itemId, oldValue);
        AuditValue after = value(field, itemId, newValue);
        log.change(subject, action, field, before, after);
        if (RENAMING.contains(action) && NAMING.contains(field) && !Objects.equals(before, after)) {
            log.renamed(subject.type(), subject.id());
        }
    }

    /** The plan's own rows and its items' rows, newest first. */
    List<AuditRow> history(long planId, Locale locale) {
        return log.history(AuditSubjectType.PLAN, planId, locale).stream()
                .filter(r -> r.subjectType() == AuditSubjectType.PLAN || r.subjectType() == AuditSubjectType.PLAN_ITEM)
                .toList();
    }

    private static AuditSubject subject(long planId, Long itemId) {
        return itemId == null
                ? AuditSubject.of(AuditSubjectType.PLAN, planId)
                : AuditSubject.of(AuditSubjectType.PLAN_ITEM, itemId).within(AuditSubjectType.PLAN, planId);
    }

    /** Ids become references (shown by name), states and kinds labels, the rest is typed by its Java type. */
    private static AuditValue value(String field, Long itemId, Object value) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case "issuingUnitId", "leadUnitId" -> AuditValue.ref(AuditSubjectType.ORG_UNIT, (Number) value);
            case "criterionId" -> AuditValue.ref(AuditSubjectType.CRITERION, (Number) value);
            case "amendsPlanId", "amendmentPlanId", "parentPlanId", "subPlanId" ->
                AuditValue.ref(AuditSubjectType.PLAN, (Number) value);
            case "source" ->
                AuditValue.ref(itemId == null ? AuditSubjectType.PLAN : AuditSubjectType.PLAN_ITEM, (Number) value);
            case "assignees" -> assignees((Collection<?>) value);
            case "exclusions" -> exclusions((Collection<?>) value);
            default ->
                switch (value) {
                    case PlanStatus status -> AuditValue.label("plan.status", status);
                    case PlanKind kind -> AuditValue.label("plan.kind", kind);
                    case PlanItemKind kind -> AuditValue.label("item.kind", kind);
                    case ReportingCadence cadence -> AuditValue.label("plan.cadence", cadence);
                    default -> AuditValue.of(value);
                };
        };
    }

    /** Units and groups in order; a lead one is followed by the word "chủ trì" (lead). */
    private static AuditValue assignees(Collection<?> assignees) {
        return AuditValue.list(assignees.stream()
                .map(ItemAssignee.class::cast)
                .flatMap(a -> {
                    AuditValue who = a.getUnitId() != null
                            ? AuditValue.ref(AuditSubjectType.ORG_UNIT, a.getUnitId())
                            : AuditValue.label("orgunit.group", a.getGroup());
                    return a.isLead()
                            ? java.util.stream.Stream.of(who, AuditValue.label("item.role", "LEAD"))
                            : java.util.stream.Stream.of(who);
                })
                .toList());
    }

    /** Each excluded unit followed by the reason. */
    private static AuditValue exclusions(Collection<?> exclusions) {
        return AuditValue.list(exclusions.stream()
                .map(ItemExclusion.class::cast)
                .flatMap(x -> java.util.stream.Stream.of(
                        AuditValue.ref(AuditSubjectType.ORG_UNIT, x.getUnitId()), AuditValue.text(x.getReason())))
                .toList());
    }
}
