package vn.cchc.portal.organization.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.util.List;

/** Date picker texts in Vietnamese with dd/MM/yyyy. */
final class DateFormats {

    private DateFormats() {
    }

    static DatePicker.DatePickerI18n vietnamese() {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("dd/MM/yyyy");
        i18n.setMonthNames(List.of("Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7",
                "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"));
        i18n.setWeekdays(List.of("Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"));
        i18n.setWeekdaysShort(List.of("CN", "T2", "T3", "T4", "T5", "T6", "T7"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday("Hôm nay");
        i18n.setCancel("Hủy");
        return i18n;
    }
}
