package vn.cchc.portal.audit;

import vn.cchc.portal.shared.Texts;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A value as the audit log keeps it: the raw value (an enum constant, an id, an ISO date, the text) and its type,
 * which tells how to show it at read time in the reader's language: a translated label, a unit or user name,
 * dd/MM/yyyy. A factory gives null for "no value", so a change from nothing to something has a null old value.
 */
public record AuditValue(String type, String raw) {

    static final String TEXT = "TEXT";
    static final String INTEGER = "INTEGER";
    static final String DECIMAL = "DECIMAL";
    static final String PERCENT = "PERCENT";
    static final String BYTES = "BYTES";
    static final String DATE = "DATE";
    static final String DATE_TIME = "DATE_TIME";
    static final String BOOLEAN = "BOOLEAN";
    static final String ENUM = "ENUM:";
    static final String REF = "REF:";
    static final String LIST = "LIST";
    /** Longest raw value kept (the column's length); longer texts are cut with an ellipsis. */
    static final int MAX = 4000;

    private static final char TYPE_END = '=';

    public AuditValue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(raw, "raw");
    }

    /** Free text (NFC, line breaks kept); blank is no value. */
    public static AuditValue text(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = Normalizer.normalize(text.strip().replace("\r\n", "\n"), Normalizer.Form.NFC);
        return new AuditValue(TEXT, Texts.cut(value, MAX));
    }

    /** A whole number shown as is (years, counts, positions). */
    public static AuditValue integer(Number number) {
        return number == null ? null : new AuditValue(INTEGER, String.valueOf(number.longValue()));
    }

    /** A decimal number shown with the reader's decimal separator. */
    public static AuditValue decimal(BigDecimal number) {
        return number == null
                ? null
                : new AuditValue(DECIMAL, number.stripTrailingZeros().toPlainString());
    }

    /** A percentage (0–100). */
    public static AuditValue percent(Number number) {
        return number == null ? null : new AuditValue(PERCENT, String.valueOf(number.longValue()));
    }

    /** A file size, shown as B, KB or MB. */
    public static AuditValue bytes(Number size) {
        return size == null ? null : new AuditValue(BYTES, String.valueOf(size.longValue()));
    }

    public static AuditValue date(LocalDate date) {
        return date == null ? null : new AuditValue(DATE, date.toString());
    }

    public static AuditValue dateTime(Instant instant) {
        return instant == null ? null : new AuditValue(DATE_TIME, instant.toString());
    }

    public static AuditValue bool(Boolean value) {
        return value == null ? null : new AuditValue(BOOLEAN, value.toString());
    }

    /** An enum constant shown through its translation {@code keyPrefix + "." + name()}, e.g. "plan.status". */
    public static AuditValue label(String keyPrefix, Enum<?> value) {
        return value == null ? null : new AuditValue(ENUM + keyPrefix, value.name());
    }

    /** A code shown through its translation {@code keyPrefix + "." + code}, e.g. "lang" and "vi". */
    public static AuditValue label(String keyPrefix, String code) {
        return code == null || code.isBlank() ? null : new AuditValue(ENUM + keyPrefix, code);
    }

    /** Another subject, shown by its name (a unit, a user, a plan, a criterion). */
    public static AuditValue ref(AuditSubjectType type, Number id) {
        return id == null ? null : new AuditValue(REF + type.name(), String.valueOf(id.longValue()));
    }

    /** Several values shown one after the other; no elements is no value. */
    public static AuditValue list(Collection<AuditValue> elements) {
        List<String> lines = new ArrayList<>();
        for (AuditValue element : elements) {
            if (element != null) {
                lines.add(element.type + TYPE_END + element.raw.replace('\n', ' '));
            }
        }
        return lines.isEmpty() ? null : new AuditValue(LIST, String.join("\n", lines));
    }

    /**
     * The value typed by its Java type: texts, whole and decimal numbers, dates, instants, booleans, collections of
     * these. Enum constants and ids need {@link #label} and {@link #ref}, which say how to name them.
     */
    public static AuditValue of(Object value) {
        return switch (value) {
            case null -> null;
            case AuditValue typed -> typed;
            case String text -> text(text);
            case BigDecimal number -> decimal(number);
            case Integer number -> integer(number);
            case Long number -> integer(number);
            case Short number -> integer(number);
            case LocalDate date -> date(date);
            case java.time.LocalTime time -> text(time.toString());
            case Instant instant -> dateTime(instant);
            case Boolean flag -> bool(flag);
            case Collection<?> values ->
                list(values.stream().map(AuditValue::of).toList());
            default ->
                throw new IllegalArgumentException(
                        "No audit type for " + value.getClass().getName() + "; use AuditValue.label or AuditValue.ref");
        };
    }

    /** The elements of a list value (one element for any other value). */
    List<AuditValue> elements() {
        if (!LIST.equals(type)) {
            return List.of(this);
        }
        List<AuditValue> out = new ArrayList<>();
        for (String line : raw.split("\n")) {
            int end = line.indexOf(TYPE_END);
            if (end > 0) {
                out.add(new AuditValue(line.substring(0, end), line.substring(end + 1)));
            }
        }
        return out;
    }

    /** The subject kind of a reference, else null. */
    AuditSubjectType refType() {
        if (!type.startsWith(REF)) {
            return null;
        }
        try {
            return AuditSubjectType.valueOf(type.substring(REF.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The translation key of an enum value, else null. */
    String labelKey() {
        return type.startsWith(ENUM) ? type.substring(ENUM.length()) + "." + raw : null;
    }
}
