package vn.cchc.portal.organization;

import vn.cchc.portal.shared.BusinessException;

import java.util.Locale;

/** The import's messages from the translation bundles, in the default language (Vietnamese), as row lists show them. */
final class UnitImportTexts {

    private UnitImportTexts() {}

    static String text(String key, Object... args) {
        return BusinessException.text(key, args, Locale.ROOT);
    }

    /** "Dòng 7: …" (row 0: the message alone). */
    static String atRow(int row, String message) {
        return row <= 0 ? message : text("unitimport.row", String.valueOf(row), message);
    }
}
