package vn.cchc.portal.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days (Monday to Friday) for deadlines such as "within 10 working days". */
final class WorkingDays {

    private WorkingDays() {}

    static LocalDate plus(LocalDate start, int days) {
        LocalDate day = start;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }
}
