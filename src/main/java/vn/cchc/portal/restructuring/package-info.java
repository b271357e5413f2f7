/**
 * The reorganisation of units carried into the work (issue 15): on the effective date of a merge or split the open
 * work and the users of ended units go to their successors, moved at once for a merge and decided item by item for
 * a split, every move in the audit log. The work itself is the holding modules' (they provide
 * {@link vn.cchc.portal.organization.CarriedWork}); this module runs the daily job and keeps the decisions.
 */
@ApplicationModule(
        displayName = "Restructuring",
        allowedDependencies = {"audit", "organization", "security", "shared", "shared::ui"})
package vn.cchc.portal.restructuring;

import org.springframework.modulith.ApplicationModule;
