package vn.cchc.portal.indicator;

/**
 * A unit one may pick on the entry screen.
 *
 * @param label how screens name the unit, a commune with its district ("Xã Ayun (Huyện Chư Sê)"): see
 *              {@link vn.cchc.portal.organization.UnitLabels}
 */
public record UnitChoice(long id, String name, UnitLevel level, String districtName, String label) {}
