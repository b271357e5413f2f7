package vn.cchc.portal.organization;

/** What an organisation unit is. */
public enum OrgUnitKind {
    /** The provincial people's committee (UBND tỉnh). */
    PROVINCE,
    /** A department or agency of the provincial committee (sở, ban, ngành tỉnh). */
    DEPARTMENT,
    /** Another provincial body named in plans (Công an tỉnh, Bưu điện tỉnh …). */
    AGENCY,
    /** An office or centre inside a unit (Trung tâm Phục vụ hành chính công …). */
    SUBUNIT,
    /** A district-level committee (huyện, thị xã, thành phố). */
    DISTRICT,
    /** A commune-level committee (xã, phường, thị trấn). */
    COMMUNE;

    /** A level of local government (a district or a commune committee) that passes work on in its own plans. */
    public boolean isLocalGovernment() {
        return this == DISTRICT || this == COMMUNE;
    }

    public String labelKey() {
        return "orgunit.kind." + name();
    }
}
