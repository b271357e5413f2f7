package vn.cchc.portal.report;

import java.util.List;

/**
 * What to render and how to archive it.
 *
 * @param fileName    ASCII file name without extension
 * @param displayName Vietnamese file name without extension
 * @param unitId      the unit the document belongs to (who may read it again from the archive)
 * @param parameters  the request in words, kept in the archive
 */
public record DocumentSpec(
        DocumentKind kind,
        OfficialDocument document,
        List<DocumentPart> parts,
        String fileName,
        String displayName,
        Long unitId,
        Long planId,
        String parameters) {

    /** A file name part without characters that do not belong in a file name ("1908/KH-UBND" → "1908-KH-UBND"). */
    public static String safe(String text) {
        return text == null
                ? ""
                : text.replaceAll("[\\\\/:*?\"<>|\\s]+", "-")
                        .replaceAll("-+", "-")
                        .replaceAll("^-|-$", "");
    }

    /** An ASCII file name from a Vietnamese one. */
    public static String ascii(String text) {
        return safe(vn.cchc.portal.shared.Texts.fold(text)).replaceAll("[^A-Za-z0-9._-]", "");
    }
}
