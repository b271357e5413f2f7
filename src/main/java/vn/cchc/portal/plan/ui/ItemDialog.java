package vn.cchc.portal.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.organization.UnitLabels;
import vn.cchc.portal.plan.CriterionChoice;
import vn.cchc.portal.plan.ItemAssignee;
import vn.cchc.portal.plan.PlanItemForm;
import vn.cchc.portal.plan.PlanItemKind;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Texts;
import vn.cchc.portal.shared.ui.WriteButtons;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Adds or edits one plan item with a buffered Binder. */
class ItemDialog extends Dialog {

    ItemDialog(
            PlanItemForm form,
            List<OrgUnitSummary> units,
            UnitLabels labels,
            List<CriterionChoice> criteria,
            Consumer<PlanItemForm> onSave) {
        setHeaderTitle(getTranslation(form.isNew() ? "item.title.new" : "item.title.edit"));
        setWidth("min(60em, 95vw)");
        Binder<PlanItemForm> binder = new Binder<>(PlanItemForm.class);

        RadioButtonGroup<PlanItemKind> kind = new RadioButtonGroup<>(getTranslation("item.field.kind"));
        kind.setItems(PlanItemKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("item.kind." + k.name()));
        TextField number = new TextField(getTranslation("item.field.number"));
        number.setId("item-number");
        TextArea title = new TextArea(getTranslation("item.field.title"));
        title.setId("item-title");
        Map<Long, CriterionChoice> byId =
                criteria.stream().collect(Collectors.toMap(CriterionChoice::id, Function.identity(), (a, b) -> a));
        ComboBox<Long> criterion = new ComboBox<>(getTranslation("item.field.criterion"));
        criterion.setItems(
                (ComboBox.ItemFilter<Long>)
                        (id, f) -> Texts.matches(f, byId.get(id).label()),
                criteria.stream().map(CriterionChoice::id).toList());
        criterion.setItemLabelGenerator(
                id -> byId.containsKey(id) ? byId.get(id).label() : "");
        criterion.setClearButtonVisible(true);
        criterion.setId("item-criterion");
        TextArea goal = PlanFields.area(getTranslation("item.field.goal"), null);
        goal.setId("item-goal");
        TextArea tasks = PlanFields.area(getTranslation("item.field.tasks"), null);
        ComboBox<Long> lead = new ComboBox<>(getTranslation("item.field.lead"));
        lead.setItems(
                (ComboBox.ItemFilter<Long>) labels::matches,
                units.stream().map(OrgUnitSummary::id).toList());
        lead.setItemLabelGenerator(labels::label);
        lead.setClearButtonVisible(true);
        lead.setId("item-lead");
        List<AssigneeOption> options = AssigneeOption.all(units, labels);
        MultiSelectComboBox<AssigneeOption> assignees =
                new MultiSelectComboBox<>(getTranslation("item.field.coordinating"));
        assignees.setItems((ComboBox.ItemFilter<AssigneeOption>) (o, f) -> Texts.matches(f, o.label()), options);
        assignees.setItemLabelGenerator(AssigneeOption::label);
        assignees.setI18n(PickerTexts.of(this));
        assignees.setId("item-coordinating");
        MultiSelectComboBox<AssigneeOption> coLeads = new MultiSelectComboBox<>(getTranslation("item.field.coLeads"));
        coLeads.setItems((ComboBox.ItemFilter<AssigneeOption>) (o, f) -> Texts.matches(f, o.label()), options);
        coLeads.setItemLabelGenerator(AssigneeOption::label);
        coLeads.setI18n(PickerTexts.of(this));
        coLeads.setHelperText(getTranslation("item.field.coLeads.help"));
        coLeads.setId("item-co-leads");
        TextField leadText = new TextField(getTranslation("item.field.leadText"));
        leadText.setHelperText(getTranslation("item.field.printed.help"));
        leadText.setId("item-lead-text");
        TextArea coordinatingText = new TextArea(getTranslation("item.field.coordinatingText"));
        coordinatingText.setHelperText(getTranslation("item.field.printed.help"));
        coordinatingText.setId("item-coordinating-text");
        List<AssigneeOption> unitOptions =
                options.stream().filter(o -> o.assignee().getUnitId() != null).toList();
        MultiSelectComboBox<AssigneeOption> excluded = new MultiSelectComboBox<>(getTranslation("item.field.excluded"));
        excluded.setItems((ComboBox.ItemFilter<AssigneeOption>) (o, f) -> Texts.matches(f, o.label()), unitOptions);
        excluded.setItemLabelGenerator(AssigneeOption::label);
        excluded.setI18n(PickerTexts.of(this));
        excluded.setId("item-excluded");
        TextField excludedReason = new TextField(getTranslation("item.field.excludedReason"));
        excludedReason.setId("item-excluded-reason");
        form.getExclusions().stream().findFirst().ifPresent(x -> excludedReason.setValue(x.getReason()));
        com.vaadin.flow.component.timepicker.TimePicker deadlineTime =
                new com.vaadin.flow.component.timepicker.TimePicker(getTranslation("item.field.deadlineTime"));
        deadlineTime.setStep(java.time.Duration.ofMinutes(30));
        deadlineTime.setId("item-deadline-time");
        TextField note = new TextField(getTranslation("item.field.note"));
        TextField timeframe = new TextField(getTranslation("item.field.timeframe"));
        timeframe.setPlaceholder(getTranslation("item.field.timeframe.placeholder"));
        timeframe.setId("item-timeframe");
        DatePicker deadline = PlanFields.date(getTranslation("item.field.deadline"));
        deadline.setId("item-deadline");

        binder.forField(kind).asRequired().bind(PlanItemForm::getKind, PlanItemForm::setKind);
        binder.forField(number).bind(PlanItemForm::getNumber, PlanItemForm::setNumber);
        binder.forField(title).bind(PlanItemForm::getTitle, PlanItemForm::setTitle);
        binder.forField(criterion).bind(PlanItemForm::getCriterionId, PlanItemForm::setCriterionId);
        binder.forField(goal).bind(PlanItemForm::getGoal, PlanItemForm::setGoal);
        binder.forField(tasks).bind(PlanItemForm::getTasks, PlanItemForm::setTasks);
        binder.forField(lead).bind(PlanItemForm::getLeadUnitId, PlanItemForm::setLeadUnitId);
        binder.forField(coLeads)
                .bind(
                        f -> selected(options, f.getCoLeads()),
                        (f, v) -> f.setCoLeads(
                                v.stream().map(AssigneeOption::assignee).toList()));
        binder.forField(assignees)
                .bind(
                        f -> selected(options, f.getCoordinating()),
                        (f, v) -> f.setCoordinating(
                                v.stream().map(AssigneeOption::assignee).toList()));
        binder.forField(leadText).bind(PlanItemForm::getLeadText, PlanItemForm::setLeadText);
        binder.forField(coordinatingText).bind(PlanItemForm::getCoordinatingText, PlanItemForm::setCoordinatingText);
        binder.forField(excluded)
                .bind(
                        f -> selected(
                                options,
                                f.getExclusions().stream()
                                        .map(x -> ItemAssignee.unit(x.getUnitId()))
                                        .toList()),
                        (f, v) -> f.setExclusions(v.stream()
                                .map(o -> new vn.cchc.portal.plan.ItemExclusion(
                                        o.assignee().getUnitId(), excludedReason.getValue()))
                                .toList()));
        binder.forField(deadlineTime).bind(PlanItemForm::getDeadlineTime, PlanItemForm::setDeadlineTime);
        binder.forField(note).bind(PlanItemForm::getCoordinatingNote, PlanItemForm::setCoordinatingNote);
        binder.forField(timeframe).bind(PlanItemForm::getTimeframe, PlanItemForm::setTimeframe);
        binder.forField(deadline).bind(PlanItemForm::getDeadline, PlanItemForm::setDeadline);
        binder.readBean(form);
        List<com.vaadin.flow.component.HasEnabled> itemOnly =
                List.of(lead, coLeads, leadText, assignees, coordinatingText, note, excluded, excludedReason);
        kind.addValueChangeListener(e -> itemOnly.forEach(f -> f.setEnabled(e.getValue() == PlanItemKind.ITEM)));
        itemOnly.forEach(f -> f.setEnabled(form.getKind() == PlanItemKind.ITEM));

        FormLayout layout = new FormLayout(
                kind,
                number,
                criterion,
                title,
                goal,
                tasks,
                lead,
                coLeads,
                leadText,
                assignees,
                coordinatingText,
                note,
                excluded,
                excludedReason,
                timeframe,
                deadline,
                deadlineTime);
        layout.setColspan(leadText, 2);
        layout.setColspan(coordinatingText, 2);
        layout.setColspan(criterion, 2);
        layout.setColspan(title, 2);
        layout.setColspan(goal, 2);
        layout.setColspan(tasks, 2);
        layout.setColspan(assignees, 2);
        layout.setColspan(note, 2);
        Span error = new Span();
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(layout, error);
        Button save = WriteButtons.once(new Button(getTranslation("action.save")), () -> {
            try {
                binder.writeBean(form);
                onSave.accept(form);
                close();
                return true;
            } catch (ValidationException ex) {
                error.setText(getTranslation("plan.fixErrors"));
            } catch (BusinessException ex) {
                error.setText(ex.message(getLocale()));
            }
            return false;
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("item-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private static Set<AssigneeOption> selected(List<AssigneeOption> options, List<ItemAssignee> chosen) {
        Set<AssigneeOption> out = new LinkedHashSet<>();
        for (ItemAssignee assignee : chosen) {
            options.stream()
                    .filter(o -> o.assignee().equals(assignee))
                    .findFirst()
                    .ifPresent(out::add);
        }
        return out;
    }
}
