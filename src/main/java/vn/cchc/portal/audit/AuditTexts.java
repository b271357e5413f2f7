package vn.cchc.portal.audit;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The portal's translation bundles (the ones the views use), read outside a view: for rows, exports, search keys. */
final class AuditTexts {

    static final Locale VIETNAMESE = Locale.of("vi", "VN");
    static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private AuditTexts() {}

    /** The translation, or null when the bundle has no such key. */
    static String find(Locale locale, String key) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE, locale == null ? VIETNAMESE : locale, AuditTexts.class.getClassLoader(), NO_FALLBACK);
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** The translation, or the fallback when there is none. */
    static String get(Locale locale, String key, String fallback) {
        String text = find(locale, key);
        return text == null ? fallback : text;
    }
}
