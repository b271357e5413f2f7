package vn.cchc.portal.organization.ui;

import vn.cchc.portal.organization.OrgUnitSummary;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns the service's depth-first list into roots and children for a tree grid. */
final class OrgUnitTree {

    private OrgUnitTree() {}

    static List<OrgUnitSummary> roots(List<OrgUnitSummary> rows) {
        Set<Long> ids = rows.stream().map(OrgUnitSummary::id).collect(Collectors.toSet());
        return rows.stream()
                .filter(u -> u.parentId() == null || !ids.contains(u.parentId()))
                .toList();
    }

    static List<OrgUnitSummary> children(List<OrgUnitSummary> rows, OrgUnitSummary parent) {
        return rows.stream()
                .filter(u -> Objects.equals(u.parentId(), parent.id()))
                .toList();
    }
}
