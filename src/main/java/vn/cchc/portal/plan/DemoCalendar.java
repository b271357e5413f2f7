package vn.cchc.portal.plan;

import vn.cchc.portal.shared.Formats;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of the live demo year, relative to the day the demo data is loaded, so that the demo never goes stale: the
 * year is the current one, the province plan was issued before the year began (at least 40 days ago), and task
 * deadlines fall around today. Seed files write them as expressions:
 * <ul>
 *   <li>dates: {@code today-10}, {@code today+30}, {@code issue+12}, {@code yearStart}, {@code yearEnd}, or ISO;
 *   deadlines around today stay after the issue date and within the year;</li>
 *   <li>texts: {@code {Y}} and {@code {Y-1}} for years, {@code {date:today+5}} for a printed date (d/M/yyyy).</li>
 * </ul>
 */
final class DemoCalendar {

    private static final Pattern EXPRESSION =
            Pattern.compile("(today|issue|yearStart|yearEnd)\\s*(?:([+-])\\s*(\\d+))?");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(Y(?:-1)?|date:([^}]+))}");

    private final LocalDate today;
    private final int year;
    private final LocalDate issue;

    DemoCalendar(LocalDate today) {
        this.today = today;
        this.year = today.getYear();
        LocalDate beforeYear = LocalDate.of(year - 1, 12, 26);
        LocalDate fortyDaysAgo = today.minusDays(40);
        this.issue = beforeYear.isBefore(fortyDaysAgo) ? beforeYear : fortyDaysAgo;
    }

    int year() {
        return year;
    }

    LocalDate issue() {
        return issue;
    }

    /** A date expression or an ISO date; null stays null. */
    LocalDate date(String expression) {
        if (expression == null) {
            return null;
        }
        Matcher m = EXPRESSION.matcher(expression.strip());
        if (!m.matches()) {
            return LocalDate.parse(expression.strip());
        }
        long offset = m.group(2) == null ? 0 : Long.parseLong(m.group(3)) * ("-".equals(m.group(2)) ? -1 : 1);
        return switch (m.group(1)) {
            case "today" -> clamp(today.plusDays(offset));
            case "issue" -> issue.plusDays(offset);
            case "yearStart" -> LocalDate.of(year, 1, 1).plusDays(offset);
            default -> LocalDate.of(year, 12, 31).plusDays(offset);
        };
    }

    /** The text with its placeholders filled in; null stays null. */
    String text(String template) {
        if (template == null) {
            return null;
        }
        return PLACEHOLDER.matcher(template).replaceAll(m -> {
            if (m.group(2) != null) {
                LocalDate date = date(m.group(2));
                return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
            }
            return String.valueOf("Y".equals(m.group(1)) ? year : year - 1);
        });
    }

    /** Days around today stay after the issue date and within the plan year. */
    private LocalDate clamp(LocalDate day) {
        LocalDate first = issue.plusDays(1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return day.isBefore(first) ? first : day.isAfter(last) ? last : day;
    }

    @Override
    public String toString() {
        return "DemoCalendar[today=" + Formats.date(today) + ", issue=" + Formats.date(issue) + "]";
    }
}
