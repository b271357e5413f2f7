package vn.cchc.portal.shared;

import org.springframework.security.access.AccessDeniedException;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A rule was broken by the input. The exception carries a message key of the translation bundles
 * ({@code vaadin-i18n/translations*.properties}) and its arguments; views show {@link #message(Locale)} in the
 * session's language, {@link #getMessage()} is the Vietnamese text (logs, callers without a locale).
 *
 * <p>Arguments are inserted with {@link MessageFormat}: pass numbers that are not amounts (years, codes) as text, so
 * that 2023 does not print as "2.023".
 */
public class BusinessException extends RuntimeException {

    /** Base name of the translation bundles, the same files the Vaadin views read. */
    public static final String BUNDLE = "vaadin-i18n/translations";

    private final String key;
    private final transient Object[] args;

    /**
     * A message given as Vietnamese text, not translated: left for modules not converted to message keys yet
     * ({@code ModuleBoundariesTest} lists them); use {@link #of(String, Object...)}.
     */
    public BusinessException(String message) {
        super(message);
        this.key = null;
        this.args = new Object[0];
    }

    private BusinessException(String key, Object[] args) {
        super(text(key, args, Locale.ROOT));
        this.key = key;
        this.args = args.clone();
    }

    /** The broken rule as a message key of the translation bundles and its arguments. */
    public static BusinessException of(String key, Object... args) {
        return new BusinessException(key, args);
    }

    /** The message key, or null for an untranslated message. */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The message in the given language (Vietnamese when the bundles have no such language). */
    public String message(Locale locale) {
        return key == null ? getMessage() : text(key, args, locale == null ? Locale.ROOT : locale);
    }

    /**
     * An argument that is itself a message key (with its own arguments), translated with the message ("tiêu chí
     * (TC)" / "criterion").
     */
    public record Text(String key, Object... args) {}

    /** An argument listing several parts (texts or values) joined by a separator, each translated with the message. */
    public record Joined(String separator, List<?> parts) {}

    /**
     * What to tell the user about a failure: a business rule in the given language; a refusal of access as it says in
     * Vietnamese (the services say which data), in another language as the bundle's general refusal; anything else
     * as it says.
     */
    public static String messageOf(RuntimeException e, Locale locale) {
        if (e instanceof BusinessException business) {
            return business.message(locale);
        }
        if (e instanceof AccessDeniedException && locale != null && !isVietnamese(locale)) {
            return text("error.denied", new Object[0], locale);
        }
        return e.getMessage();
    }

    private static boolean isVietnamese(Locale locale) {
        return locale.getLanguage().isEmpty() || "vi".equals(locale.getLanguage());
    }

    /** The text of a message key in a language, with its arguments; the base bundle is Vietnamese. */
    public static String text(String key, Object[] args, Locale locale) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(
                            BUNDLE,
                            locale,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = value(args[i], locale);
        }
        return new MessageFormat(pattern, isVietnamese(locale) ? Formats.VIETNAMESE : locale).format(values);
    }

    private static Object value(Object arg, Locale locale) {
        if (arg instanceof Text text) {
            return text(text.key(), text.args(), locale);
        }
        if (arg instanceof Joined joined) {
            return String.join(
                    joined.separator(),
                    joined.parts().stream()
                            .map(part -> String.valueOf(value(part, locale)))
                            .toList());
        }
        return arg;
    }
}
