package vn.cchc.portal.plan.importer;

/**
 * Something wrong with one cell or row of an imported appendix.
 *
 * @param row     the 1-based Excel row number; 0 when the problem is about the whole file
 * @param column  the column header as written in the sheet ("Cơ quan phụ trách"); null when about a whole row or file
 * @param message what is wrong, in Vietnamese
 */
public record ImportProblem(int row, String column, String message) {}
