package vn.cchc.portal.audit;

import java.util.Objects;

/**
 * The thing a change was made to, and the thing it belongs to (the plan of an item, the task of a report). The
 * name is only needed for a subject that is being deleted: it is kept for when its module can no longer name it.
 */
public record AuditSubject(AuditSubjectType type, long id, AuditSubjectType parentType, Long parentId, String name) {

    public AuditSubject {
        Objects.requireNonNull(type, "type");
        if ((parentType == null) != (parentId == null)) {
            throw new IllegalArgumentException("A parent needs both its type and its id");
        }
    }

    public static AuditSubject of(AuditSubjectType type, long id) {
        return new AuditSubject(type, id, null, null, null);
    }

    /** The same subject inside a parent; without a parent id it stays on its own. */
    public AuditSubject within(AuditSubjectType parent, Long parentId) {
        return new AuditSubject(type, id, parentId == null ? null : parent, parentId, name);
    }

    /** The same subject with the name it has now (before it is deleted). */
    public AuditSubject named(String name) {
        return new AuditSubject(type, id, parentType, parentId, name);
    }
}
