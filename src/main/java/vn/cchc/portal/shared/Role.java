package vn.cchc.portal.shared;

/** The roles of the portal. Names are used as Spring Security authorities with the ROLE_ prefix. */
public enum Role {
    ADMIN, PLANNER, UNIT_HEAD, UNIT_STAFF, LEADER;

    /** Translation key of the role's display name. */
    public String labelKey() {
        return "role." + name();
    }

    /** Whether this role belongs to a unit and only sees that unit's data. */
    public boolean isUnitScoped() {
        return this == UNIT_HEAD || this == UNIT_STAFF;
    }
}
