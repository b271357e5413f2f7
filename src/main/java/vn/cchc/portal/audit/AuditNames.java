package vn.cchc.portal.audit;

import java.util.Map;
import java.util.Set;

/**
 * Names the subjects a module owns, so the audit log can show "Sở Tư pháp" instead of an id. Each feature module
 * implements it for its own kinds of subject as a bean; the audit log asks once per page of rows with every id it
 * needs (never one by one).
 */
public interface AuditNames {

    /** The kinds of subject this module names. */
    Set<AuditSubjectType> types();

    /**
     * The current names of the given subjects of one kind, as text or as a list of references to other subjects
     * (a task is named by its unit and its plan item: {@code AuditValue.list(List.of(ref(ORG_UNIT, ..),
     * ref(PLAN_ITEM, ..)))}). Ids that no longer exist are left out.
     */
    Map<Long, AuditValue> names(AuditSubjectType type, Set<Long> ids);

    /** Full names of users by user name; only the module that owns users answers. */
    default Map<String, String> userNames(Set<String> usernames) {
        return Map.of();
    }
}
