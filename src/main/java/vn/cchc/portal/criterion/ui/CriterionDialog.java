package vn.cchc.portal.criterion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import vn.cchc.portal.criterion.CriterionForm;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.ui.DecimalConverter;
import vn.cchc.portal.shared.ui.WholeNumberConverter;
import vn.cchc.portal.shared.ui.WriteButtons;

import java.util.function.Consumer;

/**
 * Adds or edits a criterion with a buffered Binder: nothing reaches the form bean until every field is valid; rule
 * violations found by the service (duplicate code, stale edit, …) are shown in the dialog.
 */
class CriterionDialog extends Dialog {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private final Binder<CriterionForm> binder = new Binder<>(CriterionForm.class);
    private final CriterionForm form;
    private final Span error = new Span();

    CriterionDialog(String title, String context, CriterionForm form, Consumer<CriterionForm> onSave) {
        this.form = form;
        setHeaderTitle(title);
        setWidth("46em");
        setMaxWidth("100%");

        TextField code = new TextField(getTranslation("criteria.form.code"));
        code.setHelperText(getTranslation("criteria.form.code.help"));
        code.setMaxLength(40);
        code.setId("criterion-code");
        TextArea name = new TextArea(getTranslation("criteria.form.title"));
        name.setMaxLength(1000);
        name.setMinRows(2);
        name.setId("criterion-title");
        TextField sortOrder = new TextField(getTranslation("criteria.form.sortOrder"));
        sortOrder.setHelperText(getTranslation("criteria.form.sortOrder.help"));
        sortOrder.setId("criterion-sort-order");
        TextField baseline = new TextField(getTranslation("criteria.form.baseline"));
        baseline.setId("criterion-baseline");
        TextField baselineYear = new TextField(getTranslation("criteria.form.baselineYear"));
        baselineYear.setId("criterion-baseline-year");
        TextField unit = new TextField(getTranslation("criteria.form.unit"));
        unit.setMaxLength(40);
        unit.setHelperText(getTranslation("criteria.form.unit.help"));
        unit.setId("criterion-unit");
        TextField maxScore = new TextField(getTranslation("criteria.form.maxScore"));
        maxScore.setId("criterion-max-score");

        binder.forField(code)
                .asRequired(getTranslation("criteria.error.code"))
                .withValidator(v -> v.strip().length() <= 40, getTranslation("criteria.error.code.length"))
                .bind(CriterionForm::getCode, CriterionForm::setCode);
        binder.forField(name)
                .asRequired(getTranslation("criteria.error.title"))
                .bind(CriterionForm::getTitle, CriterionForm::setTitle);
        binder.forField(sortOrder)
                .withConverter(new WholeNumberConverter(0, 1_000_000))
                .withValidator(v -> v == null || v >= 0, getTranslation("criteria.error.sortOrder"))
                .bind(CriterionForm::getSortOrder, CriterionForm::setSortOrder);
        binder.forField(baseline)
                .withConverter(new DecimalConverter())
                .withValidator(v -> v == null || v.signum() >= 0, getTranslation("criteria.error.baseline"))
                .withValidator(
                        v -> v == null || v.stripTrailingZeros().scale() <= 4,
                        getTranslation("criteria.error.baseline.scale"))
                .bind(CriterionForm::getBaseline, CriterionForm::setBaseline);
        binder.forField(baselineYear)
                .withConverter(new WholeNumberConverter(MIN_YEAR, MAX_YEAR))
                .withValidator(
                        v -> v != null || baseline.getValue().isBlank(), getTranslation("criteria.error.baselineYear"))
                .bind(CriterionForm::getBaselineYear, CriterionForm::setBaselineYear);
        binder.forField(unit).bind(CriterionForm::getUnit, CriterionForm::setUnit);
        binder.forField(maxScore)
                .withConverter(new DecimalConverter())
                .withValidator(v -> v == null || v.signum() >= 0, getTranslation("criteria.error.maxScore"))
                .bind(CriterionForm::getMaxScore, CriterionForm::setMaxScore);
        baseline.addValueChangeListener(e -> {
            if (!e.getValue().isBlank() && baselineYear.isInvalid()) {
                binder.validate();
            }
        });
        binder.readBean(form);

        FormLayout layout = new FormLayout(code, sortOrder, name, baseline, baselineYear, unit, maxScore);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        layout.setColspan(name, 2);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setId("criterion-error");
        Paragraph where = new Paragraph(context);
        where.getStyle().set("margin-top", "0").set("color", "var(--lumo-secondary-text-color)");
        add(where, layout, error);

        Button save = WriteButtons.once(new Button(getTranslation("action.save")), () -> save(onSave));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("criterion-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("criterion-cancel");
        getFooter().add(cancel, save);
    }

    /** True when saved and closed; false when refused (the message is shown, nothing was saved). */
    private boolean save(Consumer<CriterionForm> onSave) {
        CriterionForm copy = CriterionForm.copyOf(form);
        try {
            binder.writeBean(copy);
            if (copy.getBaseline() == null) {
                copy.setBaselineYear(null);
            }
            onSave.accept(copy);
            close();
            return true;
        } catch (ValidationException ex) {
            error.setText(getTranslation("criteria.error.form"));
        } catch (BusinessException ex) {
            error.setText(ex.message(getLocale()));
        }
        return false;
    }
}
