package vn.cchc.portal.organization;

import vn.cchc.portal.shared.Texts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits unit texts into folded words and separators, remembering where each word was in the (NFC) text, and writes
 * common abbreviations in one canonical form so that "Ủy ban nhân dân" and "UBND", "Phát thanh – Truyền hình" and
 * "PT-TH", "Thị xã" and "TX" compare equal. Punctuation other than separators ("-", "–", "&", ".", parentheses,
 * quotes) only ends a word.
 */
final class UnitNameTokens {

    enum Type {
        /** A folded word. */
        WORD,
        /** A comma: a separator, but also part of some names ("Sở, ban, ngành tỉnh"). */
        COMMA,
        /** "/", ";" or a list number such as "(1)", "2." or "a)". */
        HARD
    }

    /** A token and the span of the NFC text it came from. */
    record Token(Type type, String word, int start, int end) {

        boolean isWord(String w) {
            return type == Type.WORD && word.equals(w);
        }
    }

    /** Word sequences written in one canonical form (longest first). */
    private static final List<String[][]> CANONICAL = canonical(
            "uy ban nhan dan", "ubnd",
            "van phong", "vp",
            "phat thanh va truyen hinh", "pt th",
            "phat thanh truyen hinh", "pt th",
            "trung tam phuc vu hanh chinh cong", "ttpvhcc",
            "trung tam pvhcc", "ttpvhcc",
            "thanh pho", "tp",
            "thi xa", "tx",
            "thi tran", "tt",
            "cua tinh", "tinh");

    /** "(1)", "( 2 )", and at the start of a part "1." "2)" "a)". */
    private static final Pattern NUMBERING =
            Pattern.compile("\\(\\s*\\d{1,2}\\s*\\)|(?<=^|[\\s/;,])(?:\\d{1,2}[.)]|[a-h]\\))(?=\\s)");

    private UnitNameTokens() {}

    /** Tokens of an NFC text (use {@link Texts#nfc(String)} first). */
    static List<Token> tokenize(String text) {
        List<Token> raw = new ArrayList<>();
        Matcher numbering = NUMBERING.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '(' || Character.isDigit(c) || (c >= 'a' && c <= 'h')) {
                numbering.region(i, n);
                if (numbering.lookingAt()) {
                    raw.add(new Token(Type.HARD, null, i, numbering.end()));
                    i = numbering.end();
                    continue;
                }
            }
            if (c == '/' || c == ';') {
                raw.add(new Token(Type.HARD, null, i, i + 1));
                i++;
            } else if (c == ',') {
                raw.add(new Token(Type.COMMA, null, i, i + 1));
                i++;
            } else if (isWordChar(text, i)) {
                int start = i;
                while (i < n && isWordChar(text, i)) {
                    i += Character.charCount(text.codePointAt(i));
                }
                String word = Texts.fold(text.substring(start, i));
                if (!word.isEmpty()) {
                    raw.add(new Token(Type.WORD, word, start, i));
                }
            } else {
                i++;
            }
        }
        return canonicalize(raw);
    }

    /** The canonical folded words of a name, separators included (for building the phrase index). */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (Token token : tokenize(Texts.nfc(name))) {
            switch (token.type()) {
                case WORD -> out.add(token.word());
                case COMMA -> out.add(",");
                case HARD -> {
                    return List.of(); // not a single name
                }
            }
        }
        return out;
    }

    private static boolean isWordChar(String text, int i) {
        int cp = text.codePointAt(i);
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static List<Token> canonicalize(List<Token> raw) {
        List<Token> out = new ArrayList<>(raw.size());
        int i = 0;
        outer:
        while (i < raw.size()) {
            Token token = raw.get(i);
            if (token.type() == Type.WORD) {
                for (String[][] rule : CANONICAL) {
                    String[] pattern = rule[0];
                    if (matchesAt(raw, i, pattern)) {
                        int start = token.start();
                        int end = raw.get(i + pattern.length - 1).end();
                        for (String word : rule[1]) {
                            out.add(new Token(Type.WORD, word, start, end));
                        }
                        i += pattern.length;
                        continue outer;
                    }
                }
            }
            out.add(token);
            i++;
        }
        return out;
    }

    private static boolean matchesAt(List<Token> tokens, int at, String[] pattern) {
        if (at + pattern.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < pattern.length; k++) {
            if (!tokens.get(at + k).isWord(pattern[k])) {
                return false;
            }
        }
        return true;
    }

    private static List<String[][]> canonical(String... pairs) {
        List<String[][]> rules = new ArrayList<>();
        for (int k = 0; k < pairs.length; k += 2) {
            rules.add(new String[][] {pairs[k].split(" "), pairs[k + 1].split(" ")});
        }
        rules.sort(Comparator.comparingInt((String[][] r) -> r[0].length).reversed());
        return List.copyOf(rules);
    }
}
