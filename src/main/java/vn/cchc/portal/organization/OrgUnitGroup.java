package vn.cchc.portal.organization;

/** Groups usable as assignees; they expand to the units they hold on a given day. */
public enum OrgUnitGroup {
    /** "Các sở, ban, ngành tỉnh". */
    ALL_DEPARTMENTS(OrgUnitKind.DEPARTMENT),
    /** "UBND cấp huyện". */
    ALL_DISTRICT_COMMITTEES(OrgUnitKind.DISTRICT),
    /** "UBND cấp xã". */
    ALL_COMMUNE_COMMITTEES(OrgUnitKind.COMMUNE);

    private final OrgUnitKind kind;

    OrgUnitGroup(OrgUnitKind kind) {
        this.kind = kind;
    }

    public OrgUnitKind kind() {
        return kind;
    }

    public String labelKey() {
        return "orgunit.group." + name();
    }
}
