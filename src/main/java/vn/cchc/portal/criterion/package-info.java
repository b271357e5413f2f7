/** Index frameworks (PAR Index, SIPAS, Decision 766) and their criteria; read by plans and indicators. */
@ApplicationModule(
        displayName = "Criterion",
        allowedDependencies = {"audit", "shared", "shared::ui"})
package vn.cchc.portal.criterion;

import org.springframework.modulith.ApplicationModule;
