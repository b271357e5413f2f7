package vn.cchc.portal.report;

import java.time.LocalDate;

/**
 * Dates as official documents write them (Decree 30/2020/ND-CP, Appendix I, section II.5): days below 10 and
 * the months January and February take a leading zero, so "ngày 05 tháng 01 năm 2024" but
 * "ngày 19 tháng 3 năm 2024".
 */
public final class VietnameseDates {

    /** What an unissued document shows where the day or month will be written by hand. */
    static final String BLANK = "     ";

    private VietnameseDates() {}

    /** "<place>, ngày 19 tháng 3 năm 2024"; without a date, the day, month and year are left blank. */
    public static String placeDate(String place, LocalDate date) {
        String prefix = place == null || place.isBlank() ? "" : place.strip() + ", ";
        String text = date == null ? "ngày" + BLANK + "tháng" + BLANK + "năm" + BLANK : longDate(date);
        return prefix + text;
    }

    /** "ngày 05 tháng 01 năm 2024". */
    public static String longDate(LocalDate date) {
        return "ngày " + day(date.getDayOfMonth()) + " tháng " + month(date.getMonthValue()) + " năm " + date.getYear();
    }

    /** "05" for 5, "19" for 19. */
    public static String day(int day) {
        if (day < 1 || day > 31) {
            throw new IllegalArgumentException("Not a day of month: " + day);
        }
        return day < 10 ? "0" + day : Integer.toString(day);
    }

    /** "01" and "02" for January and February, "3" to "12" for the others. */
    public static String month(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Not a month: " + month);
        }
        return month <= 2 ? "0" + month : Integer.toString(month);
    }
}
