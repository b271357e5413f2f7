package vn.cchc.portal.assignment;

/** The unit leads the item (chủ trì) or takes part in it (phối hợp, thực hiện). */
public enum AssignmentRole {
    LEAD,
    COORDINATING;

    public String labelKey() {
        return "assignment.role." + name();
    }
}
