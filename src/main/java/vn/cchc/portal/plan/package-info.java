/**
 * Plans (header, items per criterion, sub-plans, versions, reporting periods) and the import of plan appendices.
 * Other modules read plans through {@link vn.cchc.portal.plan.PlanService} as records ({@code PlanSummary},
 * {@code PlanHeader}, {@code PlanItemView}) and hear {@link vn.cchc.portal.plan.PlanIssued}; the forms are the
 * editor's.
 */
@ApplicationModule(
        displayName = "Plan",
        allowedDependencies = {"audit", "criterion", "organization", "security", "settings", "shared", "shared::ui"})
package vn.cchc.portal.plan;

import org.springframework.modulith.ApplicationModule;
