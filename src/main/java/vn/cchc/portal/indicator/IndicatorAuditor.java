package vn.cchc.portal.indicator;

import org.springframework.stereotype.Component;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.audit.AuditSubject;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.audit.AuditValue;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.Texts;
import vn.cchc.portal.shared.UserContext;

import java.math.BigDecimal;
import java.time.Clock;

/**
 * Records every change to targets, exclusions and actual values: in the portal's one audit log (subject the
 * indicator within its plan, or the plan itself; one row each for unit, milestone or period, value and reason, so
 * the administrator's audit view reads them like every other change) and in {@code indicator_audit}, which keeps
 * the same change as one row for the plan's own history tab.
 */
@Component
class IndicatorAuditor {

    private final IndicatorAuditRepository audits;
    private final MilestoneRepository milestones;
    private final PeriodRepository periods;
    private final AuditLog log;
    private final CurrentUser currentUser;
    private final Clock clock;

    IndicatorAuditor(
            IndicatorAuditRepository audits,
            MilestoneRepository milestones,
            PeriodRepository periods,
            AuditLog log,
            CurrentUser currentUser,
            Clock clock) {
        this.audits = audits;
        this.milestones = milestones;
        this.periods = periods;
        this.log = log;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    String username() {
        return currentUser.get().map(UserContext::username).orElse("system");
    }

    void record(
            long planId,
            Long indicatorId,
            Long unitId,
            Long milestoneId,
            Long periodId,
            String action,
            BigDecimal oldValue,
            BigDecimal newValue,
            String reason) {
        IndicatorAudit a = new IndicatorAudit();
        a.planId = planId;
        a.indicatorId = indicatorId;
        a.unitId = unitId;
        a.milestoneId = milestoneId;
        a.periodId = periodId;
        a.action = action;
        a.oldValue = oldValue == null ? null : oldValue.toPlainString();
        a.newValue = newValue == null ? null : newValue.toPlainString();
        a.reason = reason == null ? null : Texts.cut(reason, 1000);
        a.username = username();
        a.changedAt = clock.instant();
        audits.save(a);
        toLog(a, oldValue, newValue);
    }

    private void toLog(IndicatorAudit a, BigDecimal oldValue, BigDecimal newValue) {
        AuditSubject subject = a.indicatorId == null
                ? AuditSubject.of(AuditSubjectType.PLAN, a.planId)
                : AuditSubject.of(AuditSubjectType.INDICATOR, a.indicatorId).within(AuditSubjectType.PLAN, a.planId);
        String action = "INDICATOR_" + a.action;
        boolean any = false;
        if (a.unitId != null) {
            log.change(subject, action, "unit", null, AuditValue.ref(AuditSubjectType.ORG_UNIT, a.unitId));
            any = true;
        }
        String when = a.milestoneId != null
                ? milestones.findById(a.milestoneId).map(m -> m.label).orElse(null)
                : a.periodId != null
                        ? periods.findById(a.periodId).map(p -> p.label).orElse(null)
                        : null;
        if (when != null) {
            log.change(subject, action, a.milestoneId != null ? "milestone" : "period", null, AuditValue.text(when));
            any = true;
        }
        if (oldValue != null || newValue != null) {
            log.change(subject, action, "value", AuditValue.of(oldValue), AuditValue.of(newValue));
            any = true;
        }
        if (a.reason != null) {
            log.change(subject, action, "reason", null, AuditValue.text(a.reason));
            any = true;
        }
        if (!any) {
            log.record(subject, action);
        }
    }
}
