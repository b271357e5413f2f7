package vn.cchc.portal.indicator;

/** A unit excluded from a plan's targets, with the reason. */
public record ExclusionInfo(long unitId, String unitName, String reason) {}
