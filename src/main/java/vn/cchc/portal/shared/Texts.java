package vn.cchc.portal.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers: NFC storage form and diacritic-insensitive search keys for Vietnamese. */
public final class Texts {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Texts() {}

    /** NFC-normalised, trimmed text with single spaces; null stays null. */
    public static String nfc(String text) {
        if (text == null) {
            return null;
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip())
                .replaceAll(" ");
    }

    /**
     * Multi-line text as typed or pasted (a progress result, a goal, a reason): NFC, line ends "\n", spaces inside
     * each line collapsed, lines trimmed, at most one empty line in a row, none at the start or end; null when
     * blank. Line breaks are kept: views show them ({@code white-space: pre-line}) and documents print them.
     */
    public static String block(String text) {
        if (text == null) {
            return null;
        }
        String[] lines = Normalizer.normalize(text, Normalizer.Form.NFC).split("\\R", -1);
        StringBuilder out = new StringBuilder();
        boolean blank = false;
        for (String line : lines) {
            String clean = SPACES.matcher(line.strip()).replaceAll(" ");
            if (clean.isEmpty()) {
                blank = !out.isEmpty();
                continue;
            }
            if (!out.isEmpty()) {
                out.append(blank ? "\n\n" : "\n");
            }
            out.append(clean);
            blank = false;
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** NFC-normalised text, or null when blank. */
    public static String nfcOrNull(String text) {
        String value = nfc(text);
        return value == null || value.isEmpty() ? null : value;
    }

    /** The text on one line, cut to at most {@code max} characters with an ellipsis; null stays null. */
    public static String shorten(String text, int max) {
        if (text == null) {
            return null;
        }
        return cut(text.replace('\n', ' '), max);
    }

    /** The text with its first letter in lower case, to follow a word ("về triển khai …"); null gives "". */
    public static String lowerFirst(String text) {
        return text == null || text.isEmpty() ? "" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** The text cut to at most {@code max} characters with an ellipsis, line breaks kept; null stays null. */
    public static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }

    /** Lower-case search key without diacritics: "Xã Ia Tôr" → "xa ia tor", "Đak Đoa" → "dak doa". */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = MARKS.matcher(decomposed)
                .replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .replace('–', '-')
                .replace('—', '-');
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }

    /** True when every word of the query occurs in the text, ignoring case and diacritics. */
    public static boolean matches(String query, String text) {
        String q = fold(query);
        if (q.isEmpty()) {
            return true;
        }
        String t = fold(text);
        for (String word : q.split(" ")) {
            if (!t.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** True when a folded query matches an already folded key. */
    public static boolean matchesKey(String foldedQuery, String foldedKey) {
        if (foldedQuery.isEmpty()) {
            return true;
        }
        for (String word : foldedQuery.split(" ")) {
            if (!foldedKey.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
