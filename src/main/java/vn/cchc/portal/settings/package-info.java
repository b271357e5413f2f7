/**
 * The deployment's own settings (issue 17): the province's name, the portal's subtitle and the unit that issues the
 * portal's own documents (its issuing data and signer live with the report module's issuers). One row, neutral on a
 * fresh database; an administrator fills it in "Cài đặt"; the demo data fills it with its province's values.
 */
@ApplicationModule(
        displayName = "Settings",
        allowedDependencies = {"audit", "organization", "security", "shared", "shared::ui"})
package vn.cchc.portal.settings;

import org.springframework.modulith.ApplicationModule;
