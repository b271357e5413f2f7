package vn.cchc.portal.plan;

import org.springframework.stereotype.Component;
import vn.cchc.portal.audit.AuditNames;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.audit.AuditValue;
import vn.cchc.portal.shared.Texts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Names plans ("12/KH-UBND – title") and items ("1.2 – title") in the audit log. */
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
            plans.findAllById(ids)
                    .forEach(p ->
                            names.put(p.id, AuditValue.text(p.number == null ? p.title : p.number + " – " + p.title)));
        } else {
            items.findAllById(ids).forEach(i -> names.put(i.id, item(i)));
        }
        return names;
    }

    /** Its number and title, else its criterion, else the start of its goal or tasks, as task lists show it. */
    private static AuditValue item(PlanItem item) {
        AuditValue what;
        if (item.title != null) {
            what = AuditValue.text(item.title);
        } else if (item.criterionId != null) {
            what = AuditValue.ref(AuditSubjectType.CRITERION, item.criterionId);
        } else {
            what = AuditValue.text(Texts.shorten(item.goal != null ? item.goal : item.tasks, 120));
        }
        List<AuditValue> parts = new ArrayList<>();
        parts.add(AuditValue.text(item.number));
        parts.add(what);
        parts.removeIf(Objects::isNull);
        return parts.size() == 1 ? parts.getFirst() : AuditValue.list(parts);
    }
}
