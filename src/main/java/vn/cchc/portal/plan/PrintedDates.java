package vn.cchc.portal.plan;

import vn.cchc.portal.shared.Texts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The due date a printed deadline means. "Trước ngày 02/7/2024" (before the day) is due on 01/07/2024; "trước 16 giờ
 * ngày 21/03/2024" is due on 21/03/2024 at 16:00; "chậm nhất ngày 31 tháng 01 năm 2024" and a bare date are due on
 * that day. A text naming no date, or several different dates, has no single due date.
 */
public final class PrintedDates {

    /** A due day and, when the text gives one, the time of day. */
    public record Due(LocalDate date, LocalTime time) {}

    private static final String DATE =
            "(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})" + "|(\\d{1,2}) thang (\\d{1,2}) nam (\\d{4})";
    private static final Pattern ANY_DATE = Pattern.compile("(?<![\\d/])(?:" + DATE + ")");
    private static final Pattern BEFORE_TIME = Pattern.compile(
            "truoc (\\d{1,2})\\s*(?:gio|h)\\s*(?:(\\d{1,2})\\s*(?:phut)?)?\\s*(?:,\\s*)?(?:ngay )?(?:" + DATE + ")");
    private static final Pattern BEFORE_DAY = Pattern.compile("truoc (?:ngay )?(?:" + DATE + ")");

    private PrintedDates() {}

    public static Optional<Due> due(String printed) {
        if (printed == null || printed.isBlank()) {
            return Optional.empty();
        }
        String text = Texts.fold(printed);
        List<LocalDate> dates = new ArrayList<>();
        Matcher any = ANY_DATE.matcher(text);
        while (any.find()) {
            LocalDate date = date(any, 1);
            if (date == null) {
                return Optional.empty();
            }
            if (!dates.contains(date)) {
                dates.add(date);
            }
        }
        if (dates.size() != 1) {
            return Optional.empty();
        }
        Matcher timed = BEFORE_TIME.matcher(text);
        if (timed.find()) {
            int hour = Integer.parseInt(timed.group(1));
            int minute = timed.group(2) == null ? 0 : Integer.parseInt(timed.group(2));
            if (hour > 23 || minute > 59) {
                return Optional.empty();
            }
            return Optional.of(new Due(dates.getFirst(), LocalTime.of(hour, minute)));
        }
        if (BEFORE_DAY.matcher(text).find()) {
            return Optional.of(new Due(dates.getFirst().minusDays(1), null));
        }
        return Optional.of(new Due(dates.getFirst(), null));
    }

    /** The date in a match of {@link #DATE} whose first group is {@code first}; null when it is no real date. */
    private static LocalDate date(Matcher m, int first) {
        int offset = m.group(first) != null ? first : first + 3;
        try {
            return LocalDate.of(
                    Integer.parseInt(m.group(offset + 2)),
                    Integer.parseInt(m.group(offset + 1)),
                    Integer.parseInt(m.group(offset)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
