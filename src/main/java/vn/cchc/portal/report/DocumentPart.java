package vn.cchc.portal.report;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One part of an official document: the body printed inside the Decree 30 frame, or an appendix printed as a
 * report of its own (its own page size — landscape for wide tables — and its own page numbers, as Decree 30 asks).
 *
 * @param report the compiled report's name under {@code /reports/} without extension
 * @param rows   data rows (records, maps or beans)
 * @param params report parameters
 * @param framed true for the body inside the frame (header, recipients, signature); false for an appendix
 * @param table  true when the part is a table that belongs in the spreadsheet export
 */
public record DocumentPart(
        String report, Collection<?> rows, Map<String, Object> params, boolean framed, boolean table) {

    public DocumentPart {
        rows = rows == null ? List.of() : rows;
        params = params == null ? Map.of() : params;
    }

    /** The body inside the frame. */
    public static DocumentPart body(String report, Collection<?> rows, Map<String, Object> params) {
        return new DocumentPart(report, BodyLine.keepTogether(rows), params, true, false);
    }

    /** The body inside the frame, which is itself a table (the directory): exported to spreadsheets too. */
    public static DocumentPart tableBody(String report, Collection<?> rows, Map<String, Object> params) {
        return new DocumentPart(report, rows, params, true, true);
    }

    /** An appendix table after the signed document. */
    public static DocumentPart appendix(String report, Collection<?> rows, Map<String, Object> params) {
        return new DocumentPart(report, rows, params, false, true);
    }
}
