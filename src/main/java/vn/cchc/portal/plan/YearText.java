package vn.cchc.portal.plan;

import java.util.regex.Pattern;

/** Moves the years written in a text ("năm 2023", "2023-2025") to a new plan year. */
final class YearText {

    private YearText() {}

    static String shift(String text, int fromYear, int toYear) {
        if (text == null || fromYear == toYear) {
            return text;
        }
        int delta = toYear - fromYear;
        return Pattern.compile("\\b(19|20)\\d{2}\\b").matcher(text).replaceAll(match -> {
            int year = Integer.parseInt(match.group());
            return year == fromYear ? String.valueOf(year + delta) : match.group();
        });
    }
}
