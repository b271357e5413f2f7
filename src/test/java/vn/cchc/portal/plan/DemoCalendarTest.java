package vn.cchc.portal.plan;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The live demo year follows the day it is loaded: issued before, deadlines around that day, within the year. */
class DemoCalendarTest {

    private static final List<LocalDate> DAYS = List.of(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 1, 20),
            LocalDate.of(2026, 3, 15),
            LocalDate.of(2026, 12, 31),
            LocalDate.of(2028, 2, 29));

    @Test
    void thePlanOfTheYearIsIssuedBeforeTheYearAndAtLeastFortyDaysBeforeTheDay() {
        for (LocalDate day : DAYS) {
            DemoCalendar calendar = new DemoCalendar(day);
            assertThat(calendar.year()).isEqualTo(day.getYear());
            assertThat(calendar.issue())
                    .isBeforeOrEqualTo(LocalDate.of(day.getYear() - 1, 12, 26))
                    .isBeforeOrEqualTo(day.minusDays(40));
            assertThat(calendar.date("yearStart")).isEqualTo(LocalDate.of(day.getYear(), 1, 1));
            assertThat(calendar.date("yearEnd")).isEqualTo(LocalDate.of(day.getYear(), 12, 31));
            assertThat(calendar.date("issue+12")).isEqualTo(calendar.issue().plusDays(12));
        }
    }

    @Test
    void deadlinesAroundTheDayStayAfterTheIssueDateAndWithinTheYear() {
        for (LocalDate day : DAYS) {
            DemoCalendar calendar = new DemoCalendar(day);
            for (String expression : List.of("today-25", "today-3", "today", "today+5", "today+41")) {
                assertThat(calendar.date(expression))
                        .as(day + " " + expression)
                        .isAfter(calendar.issue())
                        .isBeforeOrEqualTo(LocalDate.of(day.getYear(), 12, 31));
            }
            assertThat(calendar.date("today-3"))
                    .as("%s: a deadline three days ago is already past", day)
                    .isBefore(day);
        }
        assertThat(new DemoCalendar(LocalDate.of(2026, 3, 15)).date("today+10")).isEqualTo(LocalDate.of(2026, 3, 25));
    }

    @Test
    void textsGetTheYearAndPrintedDates() {
        DemoCalendar calendar = new DemoCalendar(LocalDate.of(2026, 3, 15));
        assertThat(calendar.text("Kế hoạch CCHC năm {Y}, so với năm {Y-1}"))
                .isEqualTo("Kế hoạch CCHC năm 2026, so với năm 2025");
        assertThat(calendar.text("Trước ngày {date:today-3}")).isEqualTo("Trước ngày 12/3/2026");
        assertThat(calendar.date("2024-03-22")).isEqualTo(LocalDate.of(2024, 3, 22));
        assertThat(calendar.text(null)).isNull();
    }
}
