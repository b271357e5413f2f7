package vn.cchc.portal.shared;

import static vn.cchc.portal.shared.Role.Names.ADMIN;
import static vn.cchc.portal.shared.Role.Names.LEADER;
import static vn.cchc.portal.shared.Role.Names.PLANNER;
import static vn.cchc.portal.shared.Role.Names.UNIT_HEAD;
import static vn.cchc.portal.shared.Role.Names.UNIT_STAFF;

/**
 * Method security expressions of the services ({@code @PreAuthorize(Access.ADMIN_OR_PLANNER)}), built from the role
 * names so that a role is spelled in one place. Services still check the caller's unit themselves.
 */
public final class Access {

    public static final String ADMIN_ONLY = "hasRole('" + ADMIN + "')";
    public static final String UNIT_HEAD_ONLY = "hasRole('" + UNIT_HEAD + "')";
    /** Who manages units: administrators anywhere, unit heads the sub-units of their own unit. */
    public static final String ADMIN_OR_UNIT_HEAD = "hasAnyRole('" + ADMIN + "','" + UNIT_HEAD + "')";
    /** The province's reform staff. */
    public static final String ADMIN_OR_PLANNER = "hasAnyRole('" + ADMIN + "','" + PLANNER + "')";
    /** Who writes plans: the province's staff and unit heads (sub-plans of their unit). */
    public static final String ADMIN_PLANNER_OR_UNIT_HEAD =
            "hasAnyRole('" + ADMIN + "','" + PLANNER + "','" + UNIT_HEAD + "')";
    /** Who sees the whole province. */
    public static final String ADMIN_PLANNER_OR_LEADER =
            "hasAnyRole('" + ADMIN + "','" + PLANNER + "','" + LEADER + "')";
    /** The people of a unit. */
    public static final String UNIT_HEAD_OR_STAFF = "hasAnyRole('" + UNIT_HEAD + "','" + UNIT_STAFF + "')";
    /** Everyone who enters data: the province's staff and the people of a unit (not leaders, who read). */
    public static final String ADMIN_PLANNER_OR_UNIT_MEMBER =
            "hasAnyRole('" + ADMIN + "','" + PLANNER + "','" + UNIT_HEAD + "','" + UNIT_STAFF + "')";

    private Access() {}
}
