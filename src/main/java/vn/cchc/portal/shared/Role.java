package vn.cchc.portal.shared;

/**
 * The roles of the portal. Names are used as Spring Security authorities with the ROLE_ prefix; annotations name
 * them through {@link Names} (for {@code @RolesAllowed}) and {@link Access} (for {@code @PreAuthorize}).
 */
public enum Role {
    ADMIN(Names.ADMIN),
    PLANNER(Names.PLANNER),
    UNIT_HEAD(Names.UNIT_HEAD),
    UNIT_STAFF(Names.UNIT_STAFF),
    LEADER(Names.LEADER);

    Role(String name) {
        if (!name().equals(name)) {
            throw new IllegalStateException("Role." + name() + " is named " + name + " in Role.Names");
        }
    }

    /** The Spring Security authority of the role ({@code ROLE_ADMIN}). */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Translation key of the role's display name. */
    public String labelKey() {
        return "role." + name();
    }

    /** Whether this role belongs to a unit and only sees that unit's data. */
    public boolean isUnitScoped() {
        return this == UNIT_HEAD || this == UNIT_STAFF;
    }

    /** The role names as compile-time constants, for annotations ({@code @RolesAllowed(Role.Names.ADMIN)}). */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String PLANNER = "PLANNER";
        public static final String UNIT_HEAD = "UNIT_HEAD";
        public static final String UNIT_STAFF = "UNIT_STAFF";
        public static final String LEADER = "LEADER";

        private Names() {}
    }
}
