package vn.cchc.portal.criterion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import vn.cchc.portal.criterion.FrameworkSummary;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.ui.WholeNumberConverter;
import vn.cchc.portal.shared.ui.WriteButtons;

/** Copies a framework to a new year: year, new code and new name, suggested from the source. */
class CopyFrameworkDialog extends Dialog {

    /** What to do with the entered values; may throw a BusinessException, shown in the dialog. */
    @FunctionalInterface
    interface CopyAction {
        void copy(int year, String code, String name);
    }

    private final Span error = new Span();

    CopyFrameworkDialog(FrameworkSummary source, String sourceLabel, CopyAction onCopy) {
        setHeaderTitle(getTranslation("criteria.copy.title"));
        setWidth("36em");
        setMaxWidth("100%");
        int nextYear = source.year() + 1;
        WholeNumberConverter years = new WholeNumberConverter(CriterionDialog.MIN_YEAR, CriterionDialog.MAX_YEAR);
        TextField year = new TextField(getTranslation("criteria.copy.year"));
        year.setValue(String.valueOf(nextYear));
        year.setId("copy-year");
        TextField code = new TextField(getTranslation("criteria.copy.code"));
        code.setValue(suggestCode(source, nextYear));
        code.setMaxLength(40);
        code.setId("copy-code");
        TextField name = new TextField(getTranslation("criteria.copy.name"));
        name.setValue(suggestName(source, nextYear));
        name.setMaxLength(300);
        name.setId("copy-name");
        year.addValueChangeListener(e -> {
            Integer before = yearOrNull(years, e.getOldValue());
            Integer after = yearOrNull(years, e.getValue());
            year.setInvalid(after == null && !e.getValue().isBlank());
            if (before != null && after != null) {
                if (code.getValue().equals(suggestCode(source, before))) {
                    code.setValue(suggestCode(source, after));
                }
                if (name.getValue().equals(suggestName(source, before))) {
                    name.setValue(suggestName(source, after));
                }
            }
        });
        FormLayout layout = new FormLayout(year, code, name);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        layout.setColspan(name, 2);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setId("copy-error");
        add(new Paragraph(getTranslation("criteria.copy.source", sourceLabel)), layout, error);

        Button confirm = WriteButtons.each(new Button(getTranslation("criteria.copy.confirm")), () -> {
            Integer chosen = yearOrNull(years, year.getValue());
            if (chosen == null) {
                error.setText(
                        getTranslation("criteria.error.year", CriterionDialog.MIN_YEAR, CriterionDialog.MAX_YEAR));
                return;
            }
            try {
                onCopy.copy(chosen, code.getValue(), name.getValue());
                close();
            } catch (BusinessException ex) {
                error.setText(ex.message(getLocale()));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("copy-confirm");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    /** The year typed (read by DecimalInput), or null when it is blank, no whole number or out of range. */
    private static Integer yearOrNull(WholeNumberConverter years, String typed) {
        try {
            return years.read(typed);
        } catch (BusinessException notAYear) {
            return null;
        }
    }

    /** "PAR2023" → "PAR2024"; a code without the year gets it appended ("SVC766" → "SVC766-2025"). */
    static String suggestCode(FrameworkSummary source, int year) {
        String from = String.valueOf(source.year());
        return source.code().contains(from)
                ? source.code().replace(from, String.valueOf(year))
                : source.code() + "-" + year;
    }

    /** "Chỉ số CCHC 2023" → "Chỉ số CCHC 2024"; a name without the year gets it appended. */
    static String suggestName(FrameworkSummary source, int year) {
        String from = String.valueOf(source.year());
        return source.name().contains(from)
                ? source.name().replace(from, String.valueOf(year))
                : source.name() + " " + year;
    }
}
