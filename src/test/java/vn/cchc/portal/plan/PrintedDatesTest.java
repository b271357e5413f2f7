package vn.cchc.portal.plan;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Printed deadlines mean what the documents mean. */
class PrintedDatesTest {

    private static PrintedDates.Due due(String text) {
        return PrintedDates.due(text).orElseThrow();
    }

    @Test
    void beforeADayIsDueTheDayBefore() {
        assertThat(due("báo cáo tổng kết Chiến dịch (trước ngày 02/7/2024)"))
                .isEqualTo(new PrintedDates.Due(LocalDate.of(2024, 7, 1), null));
        assertThat(due("báo cáo sơ kết 50 ngày đêm (trước ngày 10/5/2024)").date())
                .isEqualTo(LocalDate.of(2024, 5, 9));
        assertThat(due("Trong năm 2023/Trước 30/9/2023").date()).isEqualTo(LocalDate.of(2023, 9, 29));
        assertThat(due("Trước ngày 01 tháng 3 năm 2026").date()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void beforeAnHourOfADayIsDueThatDayAtThatHour() {
        assertThat(due("gửi về UBND tỉnh (qua Công an tỉnh) trước 16 giờ ngày 21/03/2024"))
                .isEqualTo(new PrintedDates.Due(LocalDate.of(2024, 3, 21), LocalTime.of(16, 0)));
        assertThat(due("trước 9 giờ 30 ngày 5/1/2025"))
                .isEqualTo(new PrintedDates.Due(LocalDate.of(2025, 1, 5), LocalTime.of(9, 30)));
    }

    @Test
    void aDateByWhichOrABareDateIsDueThatDay() {
        assertThat(due("Trong năm 2023/Chậm nhất ngày 31 tháng 01 năm 2024"))
                .isEqualTo(new PrintedDates.Due(LocalDate.of(2024, 1, 31), null));
        assertThat(due("15/10/2023").date()).isEqualTo(LocalDate.of(2023, 10, 15));
        assertThat(due("Kết thúc vào ngày 29/6/2024").date()).isEqualTo(LocalDate.of(2024, 6, 29));
    }

    @Test
    void textsWithoutOneRealDateHaveNoDueDate() {
        assertThat(PrintedDates.due(null)).isEmpty();
        assertThat(PrintedDates.due("Thường xuyên trong năm")).isEmpty();
        assertThat(PrintedDates.due("Chậm nhất là ngày 20 của tháng cuối kỳ báo cáo"))
                .isEmpty();
        assertThat(PrintedDates.due("Từ 22/3/2024 đến 29/6/2024")).isEmpty();
        assertThat(PrintedDates.due("trước ngày 31/02/2024")).isEmpty();
        assertThat(PrintedDates.due("trước 25 giờ ngày 21/03/2024")).isEmpty();
    }
}
