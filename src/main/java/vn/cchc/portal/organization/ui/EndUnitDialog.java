package vn.cchc.portal.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.organization.UnitLabels;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.ui.WriteButtons;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

/** Ends a unit (dissolved, or merged into a successor). */
class EndUnitDialog extends Dialog {

    EndUnitDialog(
            OrgUnitSummary unit,
            List<OrgUnitSummary> candidates,
            UnitLabels labels,
            LocalDate today,
            BiConsumer<LocalDate, Long> onEnd) {
        setHeaderTitle(getTranslation("orgunits.end.title"));
        setWidth("36em");
        DatePicker lastDay = new DatePicker(getTranslation("orgunits.end.lastDay"), today);
        lastDay.setI18n(vn.cchc.portal.shared.ui.DatePickers.i18n());
        ComboBox<OrgUnitSummary> successor = new ComboBox<>(getTranslation("orgunits.end.successor"));
        successor.setItems(
                (ComboBox.ItemFilter<OrgUnitSummary>) (u, filter) -> labels.matches(u.id(), filter),
                candidates.stream().filter(u -> u.id() != unit.id()).toList());
        successor.setItemLabelGenerator(u -> labels.label(u.id()));
        successor.setClearButtonVisible(true);
        Span error = new Span();
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        FormLayout form = new FormLayout(lastDay, successor);
        form.setColspan(successor, 2);
        add(new Paragraph(unit.name()), form, error);
        Button confirm = WriteButtons.each(new Button(getTranslation("orgunits.end.confirm")), () -> {
            try {
                onEnd.accept(
                        lastDay.getValue(),
                        successor.getValue() == null
                                ? null
                                : successor.getValue().id());
                close();
            } catch (BusinessException ex) {
                error.setText(ex.message(getLocale()));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
