package vn.cchc.portal.report;

import vn.cchc.portal.organization.OrgUnitKind;
import vn.cchc.portal.organization.OrgUnitSummary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns the organisation tree into the rows of the directory document; pure functions, no Spring. */
public final class OrgUnitDirectory {

    /** Body report name under {@code /reports/}. */
    public static final String BODY_REPORT = "org-unit-directory";

    private OrgUnitDirectory() {}

    /**
     * Rows numbered from 1 in the given (depth-first) order, with each unit's parent named ("Ủy ban nhân dân"
     * shortened to "UBND", as documents usually write it, so that the narrow column stays on one line).
     */
    public static List<OrgUnitDirectoryRow> rows(List<OrgUnitSummary> units) {
        Map<Long, String> names = new HashMap<>();
        for (OrgUnitSummary unit : units) {
            names.put(unit.id(), unit.name());
        }
        List<OrgUnitDirectoryRow> rows = new ArrayList<>(units.size());
        int no = 0;
        for (OrgUnitSummary unit : units) {
            String parent = unit.parentId() == null ? "" : abbreviate(names.getOrDefault(unit.parentId(), ""));
            rows.add(new OrgUnitDirectoryRow(
                    ++no, unit.name(), unit.code(), kindLabel(unit.kind()), parent, Math.max(0, unit.depth())));
        }
        return rows;
    }

    /** "Ủy ban nhân dân tỉnh X" becomes "UBND tỉnh X". */
    static String abbreviate(String name) {
        return name == null ? "" : name.replace("Ủy ban nhân dân", "UBND").replace("Uỷ ban nhân dân", "UBND");
    }

    /** The kind of a unit as the directory names it. */
    public static String kindLabel(OrgUnitKind kind) {
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case PROVINCE -> "UBND tỉnh";
            case DEPARTMENT -> "Sở, ban, ngành";
            case AGENCY -> "Cơ quan";
            case SUBUNIT -> "Đơn vị trực thuộc";
            case DISTRICT -> "Cấp huyện";
            case COMMUNE -> "Cấp xã";
        };
    }
}
