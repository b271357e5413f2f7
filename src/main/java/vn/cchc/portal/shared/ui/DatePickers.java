package vn.cchc.portal.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.util.List;

/** Date pickers in dd/MM/yyyy, with month and day names in the UI's language (Vietnamese or English). */
public final class DatePickers {

    private DatePickers() {}

    public static DatePicker vietnamese(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setI18n(i18n());
        picker.setClearButtonVisible(true);
        return picker;
    }

    public static DatePicker.DatePickerI18n i18n() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        if (ui != null
                && ui.getLocale() != null
                && !ui.getLocale().getLanguage().isEmpty()
                && !"vi".equals(ui.getLocale().getLanguage())) {
            return english();
        }
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("dd/MM/yyyy");
        i18n.setMonthNames(List.of(
                "Tháng 1",
                "Tháng 2",
                "Tháng 3",
                "Tháng 4",
                "Tháng 5",
                "Tháng 6",
                "Tháng 7",
                "Tháng 8",
                "Tháng 9",
                "Tháng 10",
                "Tháng 11",
                "Tháng 12"));
        i18n.setWeekdays(List.of("Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"));
        i18n.setWeekdaysShort(List.of("CN", "T2", "T3", "T4", "T5", "T6", "T7"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday("Hôm nay");
        i18n.setCancel("Hủy");
        return i18n;
    }

    private static DatePicker.DatePickerI18n english() {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("dd/MM/yyyy");
        i18n.setMonthNames(List.of(
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December"));
        i18n.setWeekdays(List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"));
        i18n.setWeekdaysShort(List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday("Today");
        i18n.setCancel("Cancel");
        return i18n;
    }
}
