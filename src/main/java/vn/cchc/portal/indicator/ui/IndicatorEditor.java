package vn.cchc.portal.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import vn.cchc.portal.indicator.Direction;
import vn.cchc.portal.indicator.IndicatorForm;
import vn.cchc.portal.indicator.Measure;
import vn.cchc.portal.indicator.RuleKind;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.ui.WholeNumberConverter;
import vn.cchc.portal.shared.ui.WriteButtons;

import java.util.function.Consumer;

/** Edits an indicator's definition and target rule with a buffered Binder; the service checks everything again. */
class IndicatorEditor extends Dialog {

    IndicatorEditor(IndicatorForm form, Consumer<IndicatorForm> save, Runnable onSaved) {
        setHeaderTitle(getTranslation(form.getId() == null ? "rules.add" : "rules.edit"));
        setWidth("min(48em, 95vw)");
        Binder<IndicatorForm> binder = new Binder<>(IndicatorForm.class);
        TextField code = new TextField(getTranslation("rules.col.code"));
        TextField name = new TextField(getTranslation("rules.col.name"));
        TextField aliases = new TextField(getTranslation("rules.aliases"));
        aliases.setHelperText(getTranslation("rules.aliases.help"));
        Select<Measure> measure = new Select<>();
        measure.setLabel(getTranslation("rules.col.measure"));
        measure.setItems(Measure.values());
        measure.setItemLabelGenerator(m -> getTranslation(m.labelKey()));
        Select<Direction> direction = new Select<>();
        direction.setLabel(getTranslation("rules.direction"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        TextField decimals = new TextField(getTranslation("rules.decimals"));
        Select<RuleKind> rule = new Select<>();
        rule.setLabel(getTranslation("rules.col.rule"));
        rule.setItems(RuleKind.values());
        rule.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        TextField central = new TextField(getTranslation("rules.centralTarget"));
        TextField increment = new TextField(getTranslation("rules.increment"));
        TextField fixed = new TextField(getTranslation("rules.fixedTarget"));
        binder.forField(code).asRequired(getTranslation("rules.required")).bind("code");
        binder.forField(name).asRequired(getTranslation("rules.required")).bind("name");
        binder.forField(aliases).bind("aliases");
        binder.forField(measure).asRequired().bind("measure");
        binder.forField(direction).asRequired().bind("direction");
        binder.forField(decimals)
                .asRequired()
                .withConverter(new WholeNumberConverter(0, 4))
                .bind("decimals");
        binder.forField(rule).asRequired().bind("ruleKind");
        binder.forField(central).bind("centralTarget");
        binder.forField(increment).bind("incrementPoints");
        binder.forField(fixed).bind("fixedTarget");
        binder.readBean(form);
        FormLayout layout =
                new FormLayout(code, name, aliases, measure, direction, decimals, rule, central, increment, fixed);
        layout.setColspan(name, 2);
        layout.setColspan(aliases, 2);
        add(layout);
        Button ok = WriteButtons.each(new Button(getTranslation("action.save")), () -> {
            try {
                binder.writeBean(form);
                save.accept(form);
                close();
                onSaved.run();
            } catch (ValidationException ignored) {
                // fields show what is missing
            } catch (BusinessException ex) {
                Notification.show(BusinessException.messageOf(ex, getLocale()), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
