package vn.cchc.portal.organization;

import java.time.LocalDate;

/** A read-only view of an organisation unit with its place in the tree. */
public record OrgUnitSummary(
        long id,
        String code,
        String name,
        String shortName,
        OrgUnitKind kind,
        Long parentId,
        int depth,
        int sortOrder,
        LocalDate validFrom,
        LocalDate validTo,
        Long successorId,
        String successorName,
        boolean handlesProcedures) {

    public boolean isActiveOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
