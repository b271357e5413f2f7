package vn.cchc.portal.plan;

import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One list of a plan's listed items for every session that shows the plan. Each read still goes to the database;
 * when what it read equals the list kept for the plan, the reader gets the kept list (and the copy it read is
 * garbage), otherwise the new list replaces it. So a list is never stale, and a hundred planners on the editor of one
 * plan hold one copy of its texts instead of a hundred. Immutable records only; the newest plans read are kept.
 */
@Component
class SharedItemLists {

    static final int PLANS_KEPT = 64;

    private final Map<Long, List<PlanItemView>> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<PlanItemView>> eldest) {
            return size() > PLANS_KEPT;
        }
    };

    /** The list kept for the plan when it equals {@code read}, else {@code read} (then kept in its place). */
    synchronized List<PlanItemView> share(long planId, List<PlanItemView> read) {
        List<PlanItemView> current = kept.get(planId);
        if (read.equals(current)) {
            return current;
        }
        List<PlanItemView> copy = List.copyOf(read);
        kept.put(planId, copy);
        return copy;
    }
}
