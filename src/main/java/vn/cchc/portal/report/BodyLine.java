package vn.cchc.portal.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One row of the generic document body ({@code reports/body/document-body.jrxml}): a paragraph of a given style or
 * a table row. Texts are printed as data, never evaluated or parsed as markup.
 *
 * @param style H1, H2, H3, P, CENTER, CENTER_BOLD, NOTE, GAP, FIG_HEAD, FIG_ROW, FIG_TOTAL, TASK_HEAD, TASK_ROW,
 *              RANK_HEAD, RANK_ROW
 * @param text  the paragraph text
 * @param block lines with the same block number start on the same page (a table with its caption); null for a
 *              line on its own
 */
public record BodyLine(String style, String text, String c1, String c2, String c3, String c4, String c5, String c6,
                       String c7, Integer block) {

    /** The body report's name under {@code /reports/}. */
    public static final String REPORT = "body/document-body";

    public static BodyLine of(String style, String text) {
        return new BodyLine(style, text, null, null, null, null, null, null, null, null);
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
        return new BodyLine(style, null, c[0], c[1], c[2], c[3], c[4], c[5], c[6], null);
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
            out.add(i >= head ? l : new BodyLine(l.style, l.text, l.c1, l.c2, l.c3, l.c4, l.c5, l.c6, l.c7, block));
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
