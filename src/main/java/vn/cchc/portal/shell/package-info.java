/** The application frame: main layout with the menu, home view, locale of the session. */
@ApplicationModule(
        displayName = "Shell",
        allowedDependencies = {"assignment", "organization", "plan", "security", "settings", "shared", "shared::ui"})
package vn.cchc.portal.shell;

import org.springframework.modulith.ApplicationModule;
