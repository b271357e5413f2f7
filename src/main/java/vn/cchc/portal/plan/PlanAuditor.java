package vn.cchc.portal.plan;

import org.springframework.stereotype.Component;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.UserContext;

import java.time.Clock;
import java.util.Objects;

/** Writes the plan history: who changed what, when, from which value to which. */
@Component
class PlanAuditor {

    private static final int MAX = 4000;

    private final PlanAuditRepository audits;
    private final CurrentUser currentUser;
    private final Clock clock;

    PlanAuditor(PlanAuditRepository audits, CurrentUser currentUser, Clock clock) {
        this.audits = audits;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    String username() {
        return currentUser.get().map(UserContext::username).orElse("system");
    }

    void record(long planId, Long itemId, String action) {
        change(planId, itemId, action, null, null, null);
    }

    /** Records a field change; nothing when the value did not change. */
    void field(long planId, Long itemId, String action, String field, Object oldValue, Object newValue) {
        String before = text(oldValue);
        String after = text(newValue);
        if (!Objects.equals(before, after)) {
            change(planId, itemId, action, field, before, after);
        }
    }

    private void change(long planId, Long itemId, String action, String field, String oldValue, String newValue) {
        PlanAudit audit = new PlanAudit();
        audit.planId = planId;
        audit.itemId = itemId;
        audit.action = action;
        audit.field = field;
        audit.oldValue = oldValue;
        audit.newValue = newValue;
        audit.username = username();
        audit.changedAt = clock.instant();
        audits.save(audit);
    }

    java.util.List<PlanAuditEntry> history(long planId) {
        return audits.findByPlanIdOrderByChangedAtDescIdDesc(planId).stream()
                .map(a -> new PlanAuditEntry(a.changedAt, a.username, a.action, a.itemId, a.field, a.oldValue,
                        a.newValue))
                .toList();
    }

    private static String text(Object value) {
        String text = value == null ? null : String.valueOf(value);
        return text == null || text.isEmpty() ? null : vn.cchc.portal.shared.Texts.cut(text, MAX);
    }
}
