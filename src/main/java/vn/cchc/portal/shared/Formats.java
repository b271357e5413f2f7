package vn.cchc.portal.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Vietnamese display formats: dd/MM/yyyy dates and decimal comma. */
public final class Formats {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Formats() {}

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "80,35" in Vietnamese, "80.35" in English; up to two decimals. */
    public static String number(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        Locale effective = locale == null || "vi".equals(locale.getLanguage()) ? VIETNAMESE : locale;
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(effective));
        return format.format(value);
    }
}
