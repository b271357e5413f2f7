package vn.cchc.portal.plan;

/** A heading that groups items (an area, a section) or an item that carries work. */
public enum PlanItemKind {
    GROUP,
    ITEM
}
