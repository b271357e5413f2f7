package vn.cchc.portal.report;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One row of the generic document body ({@code reports/body/document-body.jrxml}): a paragraph of a given style or
 * a table row. Texts are printed as data, never evaluated or parsed as markup.
 *
 * @param style H1, H2, H3, P, CENTER, CENTER_BOLD, NOTE, GAP, FIG_HEAD, FIG_ROW, FIG_TOTAL, TASK_HEAD, TASK_ROW,
 *              RANK_HEAD, RANK_ROW
 * @param text  the paragraph text
 * @param block lines with the same block number start on the same page (a table with its caption); null for a
 *              line on its own
 * @param lines on a BLOCK line: the lines it keeps together
 */
public record BodyLine(
        String style,
        String text,
        String c1,
        String c2,
        String c3,
        String c4,
        String c5,
        String c6,
        String c7,
        Integer block,
        List<BodyLine> lines) {

    /** The body report's name under {@code /reports/}. */
    public static final String REPORT = "body/document-body";

    public static BodyLine of(String style, String text) {
        return new BodyLine(style, text, null, null, null, null, null, null, null, null, null);
    }

    public static BodyLine h1(String text) {
        return of("H1", text);
    }

    public static BodyLine h2(String text) {
        return of("H2", text);
    }

    public static BodyLine h3(String text) {
        return of("H3", text);
    }

    public static BodyLine p(String text) {
        return of("P", text);
    }

    public static BodyLine note(String text) {
        return of("NOTE", text);
    }

    public static BodyLine center(String text) {
        return of("CENTER", text);
    }

    public static BodyLine gap() {
        return of("GAP", null);
    }

    /** A table row of up to seven cells. */
    public static BodyLine row(String style, String... cells) {
        String[] c = Arrays.copyOf(cells, 7);
        return new BodyLine(style, null, c[0], c[1], c[2], c[3], c[4], c[5], c[6], null, null);
    }

    /** First block number {@link #keepTogether} gives, clear of the ones callers give (line indexes). */
    private static final int HEADING_BLOCKS = 1_000_000;

    /**
     * Body lines as printed: every heading (H1, H2, H3) joins the block of the line that follows it (or both get a
     * block of their own), so it is never left alone at the bottom of a page; then each block becomes one BLOCK
     * line, printed whole on the next page when it does not fit. Rows that are not all body lines stay as they are.
     */
    public static Collection<?> keepTogether(Collection<?> rows) {
        if (rows == null || rows.isEmpty() || !rows.stream().allMatch(BodyLine.class::isInstance)) {
            return rows;
        }
        List<BodyLine> out =
                new ArrayList<>(rows.stream().map(BodyLine.class::cast).toList());
        int fresh = HEADING_BLOCKS;
        for (int i = out.size() - 2; i >= 0; i--) {
            BodyLine heading = out.get(i);
            if (!heading.isHeading() || heading.block != null) {
                continue;
            }
            int next = i + 1;
            while (next < out.size() - 1 && "GAP".equals(out.get(next).style)) {
                next++;
            }
            Integer block = out.get(next).block != null ? out.get(next).block : Integer.valueOf(fresh++);
            for (int j = i; j <= next; j++) {
                out.set(j, out.get(j).inBlock(block));
            }
        }
        return packed(out);
    }

    /** The lines of a BLOCK line as the body report reads its rows (document-body.jrxml prints them with itself). */
    public static JRDataSource dataSource(List<BodyLine> lines) {
        List<Map<String, ?>> rows = new ArrayList<>(lines.size());
        lines.forEach(l -> rows.add(OfficialDocumentRenderer.recordToMap(l)));
        return new JRMapCollectionDataSource(rows);
    }

    /** Consecutive lines of one block as a single BLOCK line (printed in a band that does not split). */
    private static List<BodyLine> packed(List<BodyLine> lines) {
        List<BodyLine> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            BodyLine line = lines.get(i);
            int end = i + 1;
            while (line.block != null && end < lines.size() && line.block.equals(lines.get(end).block)) {
                end++;
            }
            out.add(
                    line.block == null
                            ? line
                            : new BodyLine(
                                    "BLOCK",
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    line.block,
                                    List.copyOf(lines.subList(i, end))));
            i = end;
        }
        return out;
    }

    private boolean isHeading() {
        return "H1".equals(style) || "H2".equals(style) || "H3".equals(style);
    }

    private BodyLine inBlock(Integer number) {
        return new BodyLine(style, text, c1, c2, c3, c4, c5, c6, c7, number, null);
    }

    /**
     * The lines with their first {@code head} lines as one block, moved whole to the next page when it does not fit
     * (a caption and a table header are never left alone at the bottom of a page). {@code block} must differ from
     * the other blocks of the document (e.g. the index of the block's first line in the body).
     */
    public static List<BodyLine> keepHead(int block, List<BodyLine> lines, int head) {
        List<BodyLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            BodyLine l = lines.get(i);
            out.add(i >= head ? l : l.inBlock(block));
        }
        return out;
    }

    /**
     * Paragraphs from a multi-line text: a short line numbered "1." / "2.1." / "a)" becomes a heading, every other
     * line a justified paragraph. Blank lines are dropped.
     */
    public static List<BodyLine> paragraphs(String text) {
        List<BodyLine> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\n")) {
            String value = line.strip();
            if (value.isEmpty()) {
                continue;
            }
            if (value.length() <= 120 && value.matches("^\\d+(\\.\\d+)*\\.\\s+\\S.*") && !value.endsWith(".")) {
                out.add(h2(value));
            } else if (value.length() <= 120 && value.matches("^[a-zđ]\\)\\s+\\S.*") && !value.endsWith(".")) {
                out.add(h3(value));
            } else {
                out.add(p(value));
            }
        }
        return out;
    }
}
