/**
 * Organisation units of the province: the unit tree over time (merged and ended units), unit groups, matching of
 * printed unit names. Other modules read {@link vn.cchc.portal.organization.OrgUnitService} and its records.
 */
@ApplicationModule(
        displayName = "Organization",
        allowedDependencies = {"audit", "shared", "shared::ui"})
package vn.cchc.portal.organization;

import org.springframework.modulith.ApplicationModule;
