package vn.cchc.portal.plan;

import java.time.LocalDate;

/**
 * Whether a unit concerned by a plan has issued its own sub-plan on time.
 *
 * @param viaAbove the unit is not the caller's own but the one above it that passes the plan's work on to it
 */
public record SubPlanStatus(
        long unitId,
        String unitName,
        Long subPlanId,
        String subPlanNumber,
        PlanStatus status,
        LocalDate dueDate,
        LocalDate issueDate,
        boolean late,
        boolean viaAbove) {}
