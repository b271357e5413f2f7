package vn.cchc.portal.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers: NFC storage form and diacritic-insensitive search keys for Vietnamese. */
public final class Texts {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Texts() {
    }

    /** NFC-normalised, trimmed text with single spaces; null stays null. */
    public static String nfc(String text) {
        if (text == null) {
            return null;
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ");
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
        String stripped = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D')
                .replace('–', '-').replace('—', '-');
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
