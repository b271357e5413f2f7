package vn.cchc.portal.plan;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.criterion.CriterionSummary;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The area (lĩnh vực) each task of a plan belongs to, for progress by area: the nearest heading of the plan linked
 * to a criterion area ("1. Công tác chỉ đạo, điều hành CCHC"); else the area of the task's own criterion ("TCTP 2.2.1"
 * belongs to area II of its framework), which is how a district's or commune's plan without headings still groups by
 * area; else the nearest heading; tasks with none of these have no area.
 */
@Service
@Transactional(readOnly = true)
public class PlanAreas {

    private final PlanService plans;
    private final CriterionLookup criteria;

    PlanAreas(PlanService plans, CriterionLookup criteria) {
        this.plans = plans;
        this.criteria = criteria;
    }

    /** Area name by item id, for the plan's tasks (not its headings), in the plan's order. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, String> of(long planId) {
        PlanDetail plan = plans.get(planId);
        Map<Long, PlanItemView> byId = new HashMap<>();
        plan.items().forEach(i -> byId.put(i.id(), i));
        CriterionLookup.Batch lookup = criteria.batch();
        Map<Long, String> out = new LinkedHashMap<>();
        for (PlanItemView item : plan.items()) {
            if (item.kind() == PlanItemKind.GROUP) {
                continue;
            }
            String area = areaHeading(item, byId);
            if (area == null) {
                area = criterionArea(item.criterionId(), lookup);
            }
            if (area == null) {
                area = nearestHeading(item, byId);
            }
            if (area != null) {
                out.put(item.id(), area);
            }
        }
        return out;
    }

    private static String areaHeading(PlanItemView item, Map<Long, PlanItemView> byId) {
        for (PlanItemView g = parent(item, byId); g != null; g = parent(g, byId)) {
            if (g.criterionId() != null) {
                return label(g.number(), g.displayTitle());
            }
        }
        return null;
    }

    private static String criterionArea(Long criterionId, CriterionLookup.Batch lookup) {
        CriterionSummary c = lookup.get(criterionId);
        for (int guard = 0; c != null && c.parentId() != null && guard < 10; guard++) {
            c = lookup.get(c.parentId());
        }
        return c == null ? null : label(c.code(), c.title());
    }

    private static String nearestHeading(PlanItemView item, Map<Long, PlanItemView> byId) {
        PlanItemView g = parent(item, byId);
        return g == null ? null : label(g.number(), g.displayTitle());
    }

    private static PlanItemView parent(PlanItemView item, Map<Long, PlanItemView> byId) {
        return item.parentId() == null ? null : byId.get(item.parentId());
    }

    private static String label(String number, String title) {
        return (number == null || number.isBlank() ? "" : number + ". ") + (title == null ? "" : title);
    }
}
