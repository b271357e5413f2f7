package vn.cchc.portal.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.cchc.portal.indicator.ActualEntry;
import vn.cchc.portal.indicator.ActualImportService;
import vn.cchc.portal.indicator.ActualLine;
import vn.cchc.portal.indicator.ActualService;
import vn.cchc.portal.indicator.IndicatorSet;
import vn.cchc.portal.indicator.PeriodInfo;
import vn.cchc.portal.indicator.TargetService;
import vn.cchc.portal.indicator.UnitChoice;
import vn.cchc.portal.plan.PlanStatus;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.DecimalInput;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.Texts;
import vn.cchc.portal.shared.ui.WriteButtons;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Actual values of a unit for a period: a unit user enters their own unit's values (the service checks it), a
 * planner chooses any unit or imports a whole period from Excel. Decimal comma or dot; the target in force is shown.
 */
@Route("indicator-actuals")
@Menu(order = 53, title = "menu.indicatorActuals", icon = "vaadin:edit")
@RolesAllowed({Role.Names.ADMIN, Role.Names.PLANNER, Role.Names.UNIT_HEAD, Role.Names.UNIT_STAFF})
public class ActualsView extends VerticalLayout implements HasDynamicTitle {

    private final transient ActualService actuals;
    private final transient TargetService targets;
    private final ComboBox<PeriodInfo> period = new ComboBox<>();
    private final ComboBox<UnitChoice> unit = new ComboBox<>();
    private final VerticalLayout form = new VerticalLayout();
    private final transient Clock clock;
    private Long planId;

    ActualsView(
            ActualService actuals,
            TargetService targets,
            ActualImportService imports,
            CurrentUser currentUser,
            Clock clock) {
        this.actuals = actuals;
        this.targets = targets;
        this.clock = clock;
        boolean planner = currentUser
                .get()
                .map(u -> u.has(Role.PLANNER) || u.has(Role.ADMIN))
                .orElse(false);
        List<PlanSummary> plans = targets.plans().stream()
                .filter(p -> p.parentPlanId() == null && (planner || p.status() == PlanStatus.ISSUED))
                .toList();
        ComboBox<PlanSummary> plan = IndicatorTexts.planPicker(getTranslation("indicator.plan"), plans);
        plan.setId("actuals-plan");
        period.setLabel(getTranslation("actuals.period"));
        period.setItemLabelGenerator(p -> p.label() + " · " + getTranslation("actuals.due", Formats.date(p.due())));
        period.setWidth("26em");
        period.setId("actuals-period");
        unit.setLabel(getTranslation("actuals.unit"));
        unit.setItemLabelGenerator(UnitChoice::label);
        unit.setWidth("24em");
        unit.setId("actuals-unit");
        plan.addValueChangeListener(e -> choosePlan(e.getValue()));
        period.addValueChangeListener(e -> show());
        unit.addValueChangeListener(e -> show());
        HorizontalLayout bar = new HorizontalLayout(plan, period, unit);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (planner) {
            Button importButton = new Button(getTranslation("actuals.import"), VaadinIcon.UPLOAD.create(), e -> {
                if (planId != null && period.getValue() != null) {
                    new ActualImportDialog(imports, planId, period.getValue(), this::show).open();
                }
            });
            importButton.setId("actuals-import");
            bar.add(importButton);
        }
        form.setPadding(false);
        add(new H2(getTranslation("actuals.title")), bar, form);
        if (plans.isEmpty()) {
            form.add(UIHelpers.empty(getTranslation("actuals.noPlans")));
        } else {
            plan.setValue(plans.getFirst());
        }
    }

    private void choosePlan(PlanSummary plan) {
        planId = plan == null ? null : plan.id();
        form.removeAll();
        if (planId == null) {
            return;
        }
        IndicatorSet set = targets.set(planId).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        List<PeriodInfo> periods = set.periods();
        period.setItems(periods);
        List<UnitChoice> choices = actuals.units(planId);
        unit.setItems(choices);
        unit.setReadOnly(choices.size() == 1);
        if (!choices.isEmpty()) {
            unit.setValue(
                    choices.size() == 1
                            ? choices.getFirst()
                            : choices.stream()
                                    .filter(c -> c.level() != vn.cchc.portal.indicator.UnitLevel.PROVINCE)
                                    .findFirst()
                                    .orElse(choices.getFirst()));
        }
        periods.stream()
                .filter(p -> !p.start().isAfter(today) && !p.end().isBefore(today))
                .findFirst()
                .or(() -> periods.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(periods.getLast()))
                .ifPresent(period::setValue);
    }

    private void show() {
        form.removeAll();
        if (planId == null || period.getValue() == null || unit.getValue() == null) {
            if (planId != null && unit.isEmpty()) {
                form.add(UIHelpers.empty(getTranslation("actuals.noUnit")));
            }
            return;
        }
        ActualEntry entry;
        try {
            entry = actuals.entry(
                    planId, period.getValue().id(), unit.getValue().id());
        } catch (BusinessException ex) {
            form.add(UIHelpers.empty(BusinessException.messageOf(ex, getLocale())));
            return;
        }
        var locale = getLocale();
        form.add(new Paragraph(getTranslation(
                "actuals.intro",
                entry.unitName(),
                entry.period().label(),
                entry.milestoneLabel() == null ? "" : entry.milestoneLabel())));
        Map<Long, String> values = new HashMap<>();
        Binder<Map<Long, String>> binder = new Binder<>();
        FormLayout fields = new FormLayout();
        fields.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 3));
        for (ActualLine line : entry.lines()) {
            TextField field = new TextField(line.indicator().name());
            field.setId("actual-" + line.indicator().code().replace('.', '-'));
            field.setSuffixComponent(
                    new Span(line.indicator().measure() == vn.cchc.portal.indicator.Measure.PERCENT ? "%" : ""));
            field.setHelperText(getTranslation(
                    "actuals.target", line.target() == null ? "–" : IndicatorTexts.number(line.target(), locale)));
            field.setReadOnly(!entry.editable());
            long id = line.indicator().id();
            values.put(id, line.value() == null ? "" : Formats.number(line.value(), locale));
            binder.forField(field)
                    .withValidator((text, ctx) -> {
                        try {
                            DecimalInput.parse(
                                    text,
                                    line.indicator().name(),
                                    line.indicator().measure().min(),
                                    line.indicator().measure().max(),
                                    line.indicator().decimals());
                            return ValidationResult.ok();
                        } catch (BusinessException e) {
                            return ValidationResult.error(BusinessException.messageOf(e, getLocale()));
                        }
                    })
                    .bind(m -> m.get(id), (m, v) -> m.put(id, v == null ? "" : Texts.nfc(v)));
            fields.add(field);
        }
        binder.readBean(values);
        form.add(fields);
        if (!entry.editable()) {
            Span why = new Span(getTranslation(entry.readOnlyReason()));
            why.addClassName("cchc-legend");
            why.setId("actuals-readonly");
            form.add(why);
            return;
        }
        Button save = WriteButtons.each(new Button(getTranslation("actuals.save")), () -> {
            try {
                binder.writeBean(values);
                int changed = actuals.save(
                        planId, period.getValue().id(), unit.getValue().id(), values);
                Notification.show(getTranslation("actuals.saved", changed), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show();
            } catch (ValidationException ignored) {
                // the fields show what is wrong
            } catch (BusinessException | org.springframework.security.access.AccessDeniedException ex) {
                Notification.show(BusinessException.messageOf(ex, getLocale()), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("actuals-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("actuals.title") + " – " + getTranslation("app.name");
    }
}
