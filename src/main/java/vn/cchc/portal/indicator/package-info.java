/** Indicator sets of target-assignment plans: targets per unit and milestone, target rules, actual values, results. */
@ApplicationModule(
        displayName = "Indicator",
        allowedDependencies = {"audit", "criterion", "organization", "plan", "security", "shared", "shared::ui"})
package vn.cchc.portal.indicator;

import org.springframework.modulith.ApplicationModule;
