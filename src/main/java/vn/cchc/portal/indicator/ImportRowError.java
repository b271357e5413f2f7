package vn.cchc.portal.indicator;

/**
 * Something wrong in one row of an imported sheet.
 *
 * @param row    the 1-based Excel row; 0 for the whole file
 * @param column the column header as written, or null
 */
public record ImportRowError(int row, String column, String message) {

    /** "Dòng 7, cột “Tỷ lệ DVC trực tuyến”: …" */
    public String describe() {
        StringBuilder out = new StringBuilder();
        if (row > 0) {
            out.append("Dòng ").append(row);
        }
        if (column != null) {
            out.append(out.isEmpty() ? "Cột “" : ", cột “").append(column).append("”");
        }
        return out.isEmpty() ? message : out + ": " + message;
    }
}
