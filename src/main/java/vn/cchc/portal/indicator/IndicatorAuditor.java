package vn.cchc.portal.indicator;

import org.springframework.stereotype.Component;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.Texts;
import vn.cchc.portal.shared.UserContext;

import java.math.BigDecimal;
import java.time.Clock;

/**
 * Records every change to targets, exclusions and actual values in {@code indicator_audit}. The one place to route
 * these records to a shared audit log later.
 */
@Component
class IndicatorAuditor {

    private final IndicatorAuditRepository audits;
    private final CurrentUser currentUser;
    private final Clock clock;

    IndicatorAuditor(IndicatorAuditRepository audits, CurrentUser currentUser, Clock clock) {
        this.audits = audits;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    String username() {
        return currentUser.get().map(UserContext::username).orElse("system");
    }

    void record(long planId, Long indicatorId, Long unitId, Long milestoneId, Long periodId, String action,
                BigDecimal oldValue, BigDecimal newValue, String reason) {
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
    }
}
