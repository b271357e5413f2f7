package vn.cchc.portal.assignment;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What a notification says, kept as a message key of the translation bundles ({@code notify.*}) and its arguments,
 * so that each reader sees it in their own language: in the portal, the language of the session; by e-mail, the
 * language the recipient chose. An argument is text (names, numbers and dd/MM/yyyy dates as they print) or itself a
 * message, translated with it. The key names two messages: {@code key.title} and {@code key.body}.
 */
record NotificationText(String key, List<Object> args) {

    private static final String BUNDLE = "vaadin-i18n/translations";
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    NotificationText {
        args = List.copyOf(args);
    }

    static NotificationText of(String key, Object... args) {
        List<Object> list = new ArrayList<>();
        for (Object arg : args) {
            list.add(
                    arg instanceof NotificationText
                            ? arg
                            : vn.cchc.portal.shared.Texts.cut(String.valueOf(arg == null ? "" : arg), 1000));
        }
        return new NotificationText(key, list);
    }

    /** The title in a language. */
    String title(Locale locale) {
        return text(key + ".title", locale);
    }

    /** The body in a language. */
    String body(Locale locale) {
        return text(key + ".body", locale);
    }

    /** This message (no suffix) in a language, for an argument that is itself a message. */
    String text(Locale locale) {
        return text(key, locale);
    }

    private String text(String fullKey, Locale locale) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(
                            BUNDLE,
                            locale,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(fullKey);
        } catch (MissingResourceException e) {
            return "";
        }
        Object[] values = args.stream()
                .map(a -> a instanceof NotificationText t ? t.text(locale) : a)
                .toArray();
        return values.length == 0 ? pattern : new MessageFormat(pattern, locale).format(values);
    }

    /** The arguments as JSON, for the database. */
    String argsJson() {
        return JSON.writeValueAsString(toJson(args));
    }

    private static ArrayNode toJson(List<Object> args) {
        ArrayNode array = NODES.arrayNode();
        for (Object arg : args) {
            if (arg instanceof NotificationText t) {
                ObjectNode node = array.addObject();
                node.put("key", t.key());
                node.set("args", toJson(t.args()));
            } else {
                array.add(String.valueOf(arg));
            }
        }
        return array;
    }

    /** A message read back from the database. */
    static NotificationText parse(String key, String argsJson) {
        return new NotificationText(key, argsJson == null ? List.of() : fromJson(JSON.readTree(argsJson)));
    }

    private static List<Object> fromJson(JsonNode array) {
        List<Object> out = new ArrayList<>();
        for (JsonNode node : array) {
            out.add(
                    node.isObject()
                            ? new NotificationText(node.path("key").asString(), fromJson(node.path("args")))
                            : node.asString());
        }
        return out;
    }
}
