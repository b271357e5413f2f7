package vn.cchc.portal.plan;

import vn.cchc.portal.organization.OrgUnitGroup;
import vn.cchc.portal.organization.UnitMatch;

/** Vietnamese names of unit groups as plans write them. */
public final class AssigneeLabels {

    private AssigneeLabels() {}

    public static String group(OrgUnitGroup group) {
        return UnitMatch.groupLabel(group);
    }
}
