/**
 * Tasks made from issued plans: assignments per unit, progress updates with evidence, review, deadlines,
 * notifications and e-mails after commit, the overview.
 */
@ApplicationModule(
        displayName = "Assignment",
        allowedDependencies = {"audit", "organization", "plan", "security", "shared", "shared::ui"})
package vn.cchc.portal.assignment;

import org.springframework.modulith.ApplicationModule;
