package vn.cchc.portal.report;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class VietnameseDatesTest {

    @Test
    void a_day_from_the_19th_and_March_are_written_without_leading_zero() {
        assertEquals(
                "Gia Lai, ngày 19 tháng 3 năm 2024", VietnameseDates.placeDate("Gia Lai", LocalDate.of(2024, 3, 19)));
    }

    @Test
    void days_below_ten_and_January_get_a_leading_zero() {
        assertEquals(
                "Gia Lai, ngày 05 tháng 01 năm 2024", VietnameseDates.placeDate("Gia Lai", LocalDate.of(2024, 1, 5)));
    }

    @Test
    void February_gets_a_leading_zero_but_the_tenth_does_not() {
        assertEquals(
                "Ia Tôr, ngày 10 tháng 02 năm 2025", VietnameseDates.placeDate("Ia Tôr", LocalDate.of(2025, 2, 10)));
    }

    @Test
    void a_single_digit_day_in_a_later_month_keeps_the_zero_only_on_the_day() {
        assertEquals("ngày 09 tháng 9 năm 2024", VietnameseDates.longDate(LocalDate.of(2024, 9, 9)));
    }

    @Test
    void the_last_months_are_written_as_two_digits_anyway() {
        assertEquals("ngày 31 tháng 12 năm 2023", VietnameseDates.longDate(LocalDate.of(2023, 12, 31)));
        assertEquals("ngày 01 tháng 10 năm 2023", VietnameseDates.longDate(LocalDate.of(2023, 10, 1)));
    }

    @ParameterizedTest(name = "month {0} is written \"{1}\"")
    @CsvSource({"1,01", "2,02", "3,3", "4,4", "5,5", "6,6", "7,7", "8,8", "9,9", "10,10", "11,11", "12,12"})
    void only_January_and_February_take_a_zero(int month, String written) {
        assertEquals(written, VietnameseDates.month(month));
    }

    @ParameterizedTest(name = "day {0} is written \"{1}\"")
    @CsvSource({"1,01", "9,09", "10,10", "29,29", "31,31"})
    void days_below_ten_take_a_zero(int day, String written) {
        assertEquals(written, VietnameseDates.day(day));
    }

    @Test
    void without_a_date_the_day_month_and_year_are_left_blank_for_hand_writing() {
        assertEquals("Gia Lai, ngày     tháng     năm     ", VietnameseDates.placeDate("Gia Lai", null));
    }

    @Test
    void without_a_place_only_the_date_is_written() {
        assertEquals("ngày 19 tháng 3 năm 2024", VietnameseDates.placeDate(" ", LocalDate.of(2024, 3, 19)));
    }

    @Test
    void impossible_days_and_months_are_rejected() {
        assertThrows(IllegalArgumentException.class, () -> VietnameseDates.day(0));
        assertThrows(IllegalArgumentException.class, () -> VietnameseDates.month(13));
    }
}
