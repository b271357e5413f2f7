package vn.cchc.portal.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.util.List;

/** Date pickers with Vietnamese month and day names and dd/MM/yyyy. */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker vietnamese(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setI18n(i18n());
        picker.setClearButtonVisible(true);
        return picker;
    }

    public static DatePicker.DatePickerI18n i18n() {
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
