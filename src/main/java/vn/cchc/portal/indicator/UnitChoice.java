package vn.cchc.portal.indicator;

/** A unit one may pick on the entry screen. */
public record UnitChoice(long id, String name, UnitLevel level, String districtName) {

    public String label() {
        return districtName == null ? name : name + " (" + districtName + ")";
    }
}
