package vn.cchc.portal.assignment.evidence;

import java.text.Normalizer;

/**
 * Cleans the name a browser sent with an upload. The name is only metadata (the bytes are stored under their
 * checksum), but it is shown in the UI and offered again as the download name, so it must not carry a path, control
 * or invisible characters (e.g. U+202E, which makes "hoso\u202Efdp.exe" look like "hosoexe.pdf"), nor be longer than
 * the {@code evidence.file_name} column.
 */
public final class EvidenceFileNames {

    /** Longest name kept, in UTF-16 chars (the column holds 255). */
    public static final int MAX_LENGTH = 200;
    /** Longest extension kept whole when a long name is shortened. */
    private static final int MAX_EXTENSION_LENGTH = 10;
    /** Characters Windows does not allow in a file name, replaced by '_' so the name can be saved again as is. */
    private static final String RESERVED = "<>:\"|?*";

    private EvidenceFileNames() {}

    /**
     * The name without folders ("../../etc/passwd.pdf" → "passwd.pdf", "C:\\Users\\a\\b.pdf" → "b.pdf"), NFC
     * normalised (so "Báo cáo" typed on macOS equals the one typed on Windows), without control, format (bidi,
     * zero-width), line-separator, private-use or lone-surrogate characters, with {@code < > : " | ? *} replaced by
     * '_', runs of blanks collapsed to one space, leading dots and blanks and trailing dots and blanks removed, and
     * shortened to {@value #MAX_LENGTH} chars keeping the extension. Returns "" when nothing is left ("..", "/", "").
     */
    public static String sanitize(String raw) {
        if (raw == null) {
            return "";
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC).replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);

        StringBuilder out = new StringBuilder(name.length());
        boolean pendingSpace = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.CONTROL
                    || type == Character.FORMAT
                    || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE
                    || type == Character.UNASSIGNED
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && !out.isEmpty()) {
                out.append(' ');
            }
            pendingSpace = false;
            out.appendCodePoint(RESERVED.indexOf(cp) >= 0 ? '_' : cp);
        }

        int start = 0;
        while (start < out.length() && out.charAt(start) == '.') {
            start++;
            while (start < out.length() && out.charAt(start) == ' ') {
                start++;
            }
        }
        int end = out.length();
        while (end > start && (out.charAt(end - 1) == '.' || out.charAt(end - 1) == ' ')) {
            end--;
        }
        String cleaned = Normalizer.normalize(out.substring(start, end), Normalizer.Form.NFC);
        return shorten(cleaned);
    }

    /** The extension after the last dot, as written (no dot); "" when there is none ("baocao", ".pdf", "a."). */
    public static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        if (dot <= slash + 1 || dot == fileName.length() - 1) {
            return "";
        }
        return fileName.substring(dot + 1);
    }

    /** The name without its extension ("Báo cáo.PDF" → "Báo cáo"). */
    public static String baseName(String fileName) {
        String ext = extension(fileName);
        return ext.isEmpty() ? fileName : fileName.substring(0, fileName.length() - ext.length() - 1);
    }

    /** The name with its extension replaced by (or, if it has none, completed with) the type's canonical one. */
    public static String withExtension(String fileName, EvidenceType type) {
        return baseName(fileName) + "." + type.extension();
    }

    private static String shorten(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        String ext = extension(name);
        String suffix = !ext.isEmpty() && ext.length() <= MAX_EXTENSION_LENGTH ? "." + ext : "";
        String base = name.substring(0, name.length() - suffix.length());
        int keep = MAX_LENGTH - suffix.length();
        if (Character.isHighSurrogate(base.charAt(keep - 1))) {
            keep--;
        }
        return base.substring(0, keep).stripTrailing() + suffix;
    }
}
