package vn.cchc.portal.report;

/**
 * One line of the directory of organisation units (body report {@code reports/org-unit-directory.jrxml}).
 *
 * @param no         running number (STT)
 * @param name       the unit's name
 * @param code       the unit's code
 * @param kind       the kind in words, e.g. "Cấp xã"
 * @param parentName the name of the unit above it; empty for the root
 * @param depth      depth in the tree (0 for the province), used for indentation
 */
public record OrgUnitDirectoryRow(int no, String name, String code, String kind, String parentName, int depth) {}
