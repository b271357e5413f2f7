package vn.cchc.portal.plan;

import java.time.Instant;
import java.time.LocalDate;

/** A plan as shown in lists. */
public record PlanSummary(
        long id,
        String number,
        String title,
        PlanKind kind,
        int year,
        PlanStatus status,
        long issuingUnitId,
        String issuingUnitName,
        LocalDate issueDate,
        Long parentPlanId,
        Long amendsPlanId,
        int versionNo,
        LocalDate subPlanDueDate,
        long itemCount,
        Instant updatedAt,
        String updatedBy) {}
