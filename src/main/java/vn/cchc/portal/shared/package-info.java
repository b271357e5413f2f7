/**
 * What every module may use and that depends on no feature: roles, the caller's identity, business exceptions,
 * text and number helpers, the clock. Vaadin helpers are in the {@code ui} named interface
 * ({@code shared::ui}), so this package has no UI dependency.
 */
@ApplicationModule(
        displayName = "Shared",
        allowedDependencies = {})
package vn.cchc.portal.shared;

import org.springframework.modulith.ApplicationModule;
