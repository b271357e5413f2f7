package vn.cchc.portal.shared;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one reader of decimal numbers typed or pasted by users (forms, Excel cells, data files): "80,35", "80.35",
 * "80,35%", " 1.234,5 " and "1,234.5" all read as the number meant.
 *
 * <p>Rules: spaces (also non-breaking) and one trailing "%" are ignored; a sign may lead. When only one kind of
 * separator appears once, it is the decimal separator ("80.35" = "80,35" = 80.35, "1.234" = 1.234). When both
 * appear, the last one is the decimal separator and the other groups thousands in threes ("1.234,5" = 1234.5).
 * One kind repeated ("1.234.567") groups thousands. Anything else — letters, exponents ("1e309"), "NaN",
 * "Infinity", hex, two signs, a separator without digits — is refused with a Vietnamese message that names the
 * field. Range and number of decimals are checked too.
 */
public final class DecimalInput {

    /** Longest text read; longer input is refused before parsing. */
    static final int MAX_LENGTH = 40;

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?");
    private static final Pattern GROUPED_DOT = Pattern.compile("[+-]?\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");
    private static final Pattern GROUPED_COMMA = Pattern.compile("[+-]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");

    private DecimalInput() {}

    /**
     * Reads a number without range checks.
     *
     * @param text  what was typed; blank gives null
     * @param field the field's name as the user sees it ("Tỷ lệ DVC trực tuyến"), used in messages
     * @throws BusinessException when the text is not a number
     */
    public static BigDecimal parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String compact = SPACES.matcher(Texts.nfc(text)).replaceAll("");
        if (compact.length() > MAX_LENGTH) {
            throw BusinessException.of("error.number.tooLong", label(field));
        }
        if (compact.endsWith("%")) {
            compact = compact.substring(0, compact.length() - 1);
        }
        compact = compact.replace('−', '-');
        String normal;
        if (PLAIN.matcher(compact).matches()) {
            normal = compact.replace(',', '.');
        } else if (GROUPED_DOT.matcher(compact).matches()) {
            normal = compact.replace(".", "").replace(',', '.');
        } else if (GROUPED_COMMA.matcher(compact).matches()) {
            normal = compact.replace(",", "");
        } else {
            throw BusinessException.of("error.number.invalid", label(field), Texts.shorten(text.strip(), 30));
        }
        return new BigDecimal(normal.startsWith("+") ? normal.substring(1) : normal);
    }

    /**
     * Reads a number and checks it lies in [min, max] with at most {@code maxDecimals} decimals.
     *
     * @param min lowest allowed value, or null for none
     * @param max highest allowed value, or null for none
     */
    public static BigDecimal parse(String text, String field, BigDecimal min, BigDecimal max, int maxDecimals) {
        BigDecimal value = parse(text, field);
        if (value != null) {
            check(value, field, min, max, maxDecimals);
        }
        return value;
    }

    /** Checks a number already read (e.g. from a numeric Excel cell) like {@link #parse(String, String, BigDecimal, BigDecimal, int)}. */
    public static BigDecimal check(BigDecimal value, String field, BigDecimal min, BigDecimal max, int maxDecimals) {
        Objects.requireNonNull(value, "value");
        if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
            throw min != null && max != null
                    ? BusinessException.of("error.number.outOfRange", label(field), value, min, max)
                    : min != null
                            ? BusinessException.of("error.number.belowMin", label(field), value, min)
                            : BusinessException.of("error.number.aboveMax", label(field), value, max);
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > maxDecimals) {
            throw BusinessException.of("error.number.decimals", label(field), maxDecimals);
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String label(String field) {
        return field == null || field.isBlank() ? "" : field + ": ";
    }
}
