package vn.cchc.portal.plan;

import org.springframework.stereotype.Component;
import vn.cchc.portal.audit.AuditNames;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.audit.AuditValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Names plans ("12/KH-UBND – title") and items ("1.2 title", or the item's criterion) in the audit log. */
@Component
class PlanAuditNames implements AuditNames {

    private final PlanRepository plans;
    private final PlanItemRepository items;

    PlanAuditNames(PlanRepository plans, PlanItemRepository items) {
        this.plans = plans;
        this.items = items;
    }

    @Override
    public Set<AuditSubjectType> types() {
        return Set.of(AuditSubjectType.PLAN, AuditSubjectType.PLAN_ITEM);
    }

    @Override
    public Map<Long, AuditValue> names(AuditSubjectType type, Set<Long> ids) {
        Map<Long, AuditValue> names = new HashMap<>();
        if (type == AuditSubjectType.PLAN) {
            plans.findAllById(ids).forEach(p -> names.put(p.id,
                    AuditValue.text(p.number == null ? p.title : p.number + " – " + p.title)));
        } else {
            items.findAllById(ids).forEach(i -> names.put(i.id, item(i)));
        }
        return names;
    }

    private static AuditValue item(PlanItem item) {
        List<AuditValue> parts = new ArrayList<>();
        parts.add(AuditValue.text(item.number));
        parts.add(item.title != null ? AuditValue.text(item.title)
                : AuditValue.ref(AuditSubjectType.CRITERION, item.criterionId));
        parts.removeIf(java.util.Objects::isNull);
        return parts.size() == 1 ? parts.getFirst() : AuditValue.list(parts);
    }
}
