package vn.cchc.portal.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import vn.cchc.portal.indicator.Cadence;
import vn.cchc.portal.indicator.IndicatorSetupService;
import vn.cchc.portal.indicator.TargetService;
import vn.cchc.portal.plan.PlanFilter;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.ui.WriteButtons;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Gives a plan indicators: reporting cadence and, optionally, the six indicators of the 766 service index. */
class SetupDialog extends Dialog {

    SetupDialog(IndicatorSetupService setup, PlanService plans, TargetService targets, Consumer<Long> onCreated) {
        setHeaderTitle(getTranslation("setup.title"));
        setWidth("min(48em, 95vw)");
        Set<Long> withSet = targets.plans().stream().map(PlanSummary::id).collect(Collectors.toSet());
        List<PlanSummary> candidates = plans.list(PlanFilter.all()).stream()
                .filter(p -> !withSet.contains(p.id()))
                .toList();
        ComboBox<PlanSummary> plan = IndicatorTexts.planPicker(getTranslation("indicator.plan"), candidates);
        plan.setWidthFull();
        RadioButtonGroup<Cadence> cadence = new RadioButtonGroup<>(getTranslation("setup.cadence"));
        cadence.setItems(Cadence.values());
        cadence.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        cadence.setValue(Cadence.MONTHLY);
        Checkbox serviceIndex = new Checkbox(getTranslation("setup.serviceIndex"), true);
        add(new Paragraph(getTranslation("setup.intro")), plan, cadence, serviceIndex);
        Button start = WriteButtons.each(new Button(getTranslation("setup.start")), () -> {
            if (plan.getValue() == null) {
                plan.setInvalid(true);
                plan.setErrorMessage(getTranslation("setup.choosePlan"));
                return;
            }
            try {
                setup.start(plan.getValue().id(), cadence.getValue(), serviceIndex.getValue());
                close();
                onCreated.accept(plan.getValue().id());
            } catch (BusinessException ex) {
                Notification.show(BusinessException.messageOf(ex, getLocale()), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), start);
    }
}
