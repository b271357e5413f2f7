package vn.cchc.portal.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;

/** What a multi-select picker announces to screen readers, in the UI's language instead of the built-in English. */
final class PickerTexts {

    private PickerTexts() {}

    static MultiSelectComboBoxI18n of(Component in) {
        return new MultiSelectComboBoxI18n()
                .setCleared(in.getTranslation("picker.cleared"))
                .setFocused(in.getTranslation("picker.focused"))
                .setSelected(in.getTranslation("picker.selected"))
                .setDeselected(in.getTranslation("picker.deselected"))
                .setTotal(in.getTranslation("picker.total"));
    }
}
