package vn.cchc.portal.plan.ui;

import vn.cchc.portal.organization.OrgUnitSummary;

import java.util.List;

/** Unit names for selection lists. */
final class UnitLabels {

    private UnitLabels() {
    }

    static String name(List<OrgUnitSummary> units, Long id) {
        if (id == null) {
            return "";
        }
        return units.stream().filter(u -> u.id() == id).map(OrgUnitSummary::name).findFirst().orElse("");
    }
}
