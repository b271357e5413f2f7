package vn.cchc.portal.plan.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;

/** Form fields with Vietnamese conventions (dd/MM/yyyy dates, multi-line texts). */
final class PlanFields {

    private PlanFields() {}

    static DatePicker date(String label) {
        return vn.cchc.portal.shared.ui.DatePickers.vietnamese(label);
    }

    static TextArea area(String label, String helper) {
        TextArea area = new TextArea(label);
        area.setWidthFull();
        area.setMinRows(2);
        area.setMaxRows(8);
        if (helper != null) {
            area.setHelperText(helper);
        }
        return area;
    }
}
