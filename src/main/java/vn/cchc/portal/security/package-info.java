/**
 * Users, roles and sign-in: Spring Security configuration, user administration, the current user for services
 * ({@link vn.cchc.portal.shared.CurrentUser}) and the system principal of background work.
 */
@ApplicationModule(
        displayName = "Security",
        allowedDependencies = {"audit", "organization", "shared", "shared::ui"})
package vn.cchc.portal.security;

import org.springframework.modulith.ApplicationModule;
