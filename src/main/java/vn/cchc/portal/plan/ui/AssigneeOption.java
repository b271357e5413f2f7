package vn.cchc.portal.plan.ui;

import vn.cchc.portal.organization.OrgUnitGroup;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.organization.UnitLabels;
import vn.cchc.portal.plan.AssigneeLabels;
import vn.cchc.portal.plan.ItemAssignee;

import java.util.ArrayList;
import java.util.List;

/** A unit or a group offered as coordinating/implementing unit. */
record AssigneeOption(ItemAssignee assignee, String label) {

    static List<AssigneeOption> all(List<OrgUnitSummary> units, UnitLabels labels) {
        List<AssigneeOption> options = new ArrayList<>();
        for (OrgUnitGroup group : OrgUnitGroup.values()) {
            options.add(new AssigneeOption(ItemAssignee.group(group), AssigneeLabels.group(group)));
        }
        for (OrgUnitSummary unit : units) {
            options.add(new AssigneeOption(ItemAssignee.unit(unit.id()), labels.label(unit.id())));
        }
        return options;
    }
}
