package vn.cchc.portal.indicator;

import vn.cchc.portal.organization.OrgUnitKind;

/** The levels targets are set and ranked at. */
public enum UnitLevel {
    /** The province's own aggregate (UBND tỉnh). */
    PROVINCE,
    /** Sở, ban, ngành tỉnh. */
    DEPARTMENT,
    /** UBND cấp huyện. */
    DISTRICT,
    /** UBND cấp xã: inherit their district's targets unless overridden. */
    COMMUNE;

    /** The level of a unit kind, or null when such units get no targets (agencies, offices). */
    public static UnitLevel of(OrgUnitKind kind) {
        return switch (kind) {
            case PROVINCE -> PROVINCE;
            case DEPARTMENT -> DEPARTMENT;
            case DISTRICT -> DISTRICT;
            case COMMUNE -> COMMUNE;
            default -> null;
        };
    }

    public String labelKey() {
        return "indicator.level." + name();
    }
}
