package vn.cchc.portal.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.organization.UnitLabels;
import vn.cchc.portal.plan.PeriodView;
import vn.cchc.portal.plan.PlanDetail;
import vn.cchc.portal.plan.PlanHeaderForm;
import vn.cchc.portal.plan.PlanKind;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.ui.SignerFields;
import vn.cchc.portal.shared.ui.WholeNumberConverter;
import vn.cchc.portal.shared.ui.WriteButtons;

import java.util.List;
import java.util.stream.Collectors;

/** The plan header in the official structure, edited with a buffered Binder; read-only once issued. */
class PlanHeaderPanel extends VerticalLayout {

    PlanHeaderPanel(
            PlanDetail detail,
            List<PeriodView> periods,
            PlanService plans,
            OrgUnitService units,
            CurrentUser currentUser,
            Runnable onSaved) {
        setPadding(false);
        PlanHeaderForm form = detail.header();
        Binder<PlanHeaderForm> binder = new Binder<>(PlanHeaderForm.class);
        List<OrgUnitSummary> unitList = units.activeUnits();

        TextField number = new TextField(getTranslation("plan.field.number"));
        number.setPlaceholder("1908/KH-UBND");
        number.setId("plan-number");
        ComboBox<Long> issuer = new ComboBox<>(getTranslation("plan.field.issuer"));
        UnitLabels labels = units.labels();
        issuer.setItems(
                (ComboBox.ItemFilter<Long>) labels::matches,
                unitList.stream().map(OrgUnitSummary::id).toList());
        issuer.setItemLabelGenerator(labels::label);
        TextField parentBody = new TextField(getTranslation("plan.field.parentBody"));
        TextField place = new TextField(getTranslation("plan.field.place"));
        DatePicker issueDate = PlanFields.date(getTranslation("plan.field.issueDate"));
        issueDate.setId("plan-issue-date");
        ComboBox<PlanKind> kind = new ComboBox<>(getTranslation("plan.field.kind"));
        kind.setItems(PlanKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        TextField year = new TextField(getTranslation("plan.field.year"));
        TextArea title = new TextArea(getTranslation("plan.field.title"));
        DatePicker start = PlanFields.date(getTranslation("plan.field.startDate"));
        DatePicker end = PlanFields.date(getTranslation("plan.field.endDate"));
        TextArea legalBases =
                PlanFields.area(getTranslation("plan.field.legalBases"), getTranslation("plan.hint.onePerLine"));
        TextArea purpose = PlanFields.area(getTranslation("plan.field.purpose"), null);
        TextArea requirements = PlanFields.area(getTranslation("plan.field.requirements"), null);
        TextArea implementation = PlanFields.area(getTranslation("plan.field.implementation"), null);
        TextArea recipients =
                PlanFields.area(getTranslation("plan.field.recipients"), getTranslation("plan.hint.onePerLine"));
        SignerFields signer = new SignerFields("plan-signer");
        DatePicker subDue = PlanFields.date(getTranslation("plan.field.subPlanDueDate"));
        TextField subDueDays = new TextField(getTranslation("plan.field.subPlanDueWorkingDays"));
        com.vaadin.flow.component.timepicker.TimePicker subDueTime =
                new com.vaadin.flow.component.timepicker.TimePicker(getTranslation("plan.field.subPlanDueTime"));
        subDueTime.setStep(java.time.Duration.ofMinutes(30));
        subDueTime.setId("plan-sub-due-time");
        if (form.getSubPlanDueText() != null) {
            subDue.setHelperText(form.getSubPlanDueText());
        }
        ComboBox<vn.cchc.portal.plan.ReportingCadence> cadence = new ComboBox<>(getTranslation("plan.field.cadence"));
        cadence.setItems(vn.cchc.portal.plan.ReportingCadence.values());
        cadence.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        cadence.setId("plan-cadence");

        binder.forField(number).bind(PlanHeaderForm::getNumber, PlanHeaderForm::setNumber);
        binder.forField(issuer)
                .asRequired(getTranslation("error.required", getTranslation("plan.field.issuer")))
                .bind(PlanHeaderForm::getIssuingUnitId, PlanHeaderForm::setIssuingUnitId);
        binder.forField(parentBody).bind(PlanHeaderForm::getParentBody, PlanHeaderForm::setParentBody);
        binder.forField(place).bind(PlanHeaderForm::getPlace, PlanHeaderForm::setPlace);
        binder.forField(issueDate).bind(PlanHeaderForm::getIssueDate, PlanHeaderForm::setIssueDate);
        binder.forField(kind).asRequired().bind(PlanHeaderForm::getKind, PlanHeaderForm::setKind);
        binder.forField(year)
                .asRequired()
                .withConverter(new WholeNumberConverter(2000, 2100))
                .bind(PlanHeaderForm::getYear, PlanHeaderForm::setYear);
        binder.forField(title)
                .asRequired(getTranslation("error.required", getTranslation("plan.field.title")))
                .bind(PlanHeaderForm::getTitle, PlanHeaderForm::setTitle);
        binder.forField(start).bind(PlanHeaderForm::getStartDate, PlanHeaderForm::setStartDate);
        binder.forField(end)
                .withValidator(
                        d -> d == null || start.getValue() == null || !d.isBefore(start.getValue()),
                        getTranslation("error.plan.endBeforeStart"))
                .bind(PlanHeaderForm::getEndDate, PlanHeaderForm::setEndDate);
        binder.forField(legalBases).bind(PlanHeaderForm::getLegalBases, PlanHeaderForm::setLegalBases);
        binder.forField(purpose).bind(PlanHeaderForm::getPurpose, PlanHeaderForm::setPurpose);
        binder.forField(requirements).bind(PlanHeaderForm::getRequirements, PlanHeaderForm::setRequirements);
        binder.forField(implementation).bind(PlanHeaderForm::getImplementation, PlanHeaderForm::setImplementation);
        binder.forField(recipients).bind(PlanHeaderForm::getRecipients, PlanHeaderForm::setRecipients);
        binder.forField(signer).bind(PlanHeaderForm::getSigner, PlanHeaderForm::setSigner);
        binder.forField(subDue).bind(PlanHeaderForm::getSubPlanDueDate, PlanHeaderForm::setSubPlanDueDate);
        binder.forField(subDueDays)
                .withConverter(new WholeNumberConverter(1, 365))
                .bind(PlanHeaderForm::getSubPlanDueWorkingDays, PlanHeaderForm::setSubPlanDueWorkingDays);
        binder.forField(subDueTime).bind(PlanHeaderForm::getSubPlanDueTime, PlanHeaderForm::setSubPlanDueTime);
        binder.forField(cadence)
                .asRequired()
                .bind(PlanHeaderForm::getReportingCadence, PlanHeaderForm::setReportingCadence);
        binder.readBean(form);
        binder.setReadOnly(!detail.editable());

        FormLayout layout = new FormLayout(
                number,
                issueDate,
                issuer,
                parentBody,
                kind,
                year,
                place,
                start,
                end,
                title,
                legalBases,
                purpose,
                requirements,
                implementation,
                recipients,
                signer,
                subDue,
                subDueTime,
                subDueDays,
                cadence);
        layout.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 3));
        for (var wide : new com.vaadin.flow.component.Component[] {
            title, legalBases, purpose, requirements, implementation, recipients, signer
        }) {
            layout.setColspan(wide, 3);
        }
        Paragraph periodsLine = new Paragraph(
                periods.isEmpty()
                        ? getTranslation("plan.periods.none")
                        : getTranslation(
                                "plan.periods",
                                periods.stream()
                                        .map(p -> p.label() + " ("
                                                + getTranslation("task.periodDue", Formats.date(p.dueDate())) + ")")
                                        .collect(Collectors.joining("; "))));
        periodsLine.setId("plan-periods");
        periodsLine.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span error = new Span();
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(layout, periodsLine, error);
        if (!detail.milestones().isEmpty()) {
            add(milestones(detail));
        }
        if (detail.editable()) {
            Button save = WriteButtons.each(new Button(getTranslation("action.save")), () -> {
                try {
                    PlanHeaderForm copy = detail.header();
                    binder.writeBean(copy);
                    plans.updateHeader(copy);
                    Notification.show(getTranslation("plan.saved"), 3000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    onSaved.run();
                } catch (ValidationException ex) {
                    error.setText(getTranslation("plan.fixErrors"));
                } catch (BusinessException ex) {
                    error.setText(ex.message(getLocale()));
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("plan-header-save");
            add(save);
        }
    }

    /** The dates the plan prints and the due days they mean ("trước ngày 02/7/2024" → 01/07/2024). */
    private com.vaadin.flow.component.grid.Grid<vn.cchc.portal.plan.PlanMilestone> milestones(PlanDetail detail) {
        var grid = new com.vaadin.flow.component.grid.Grid<vn.cchc.portal.plan.PlanMilestone>();
        grid.addColumn(m -> getTranslation("plan.milestone." + m.getKind().name()))
                .setHeader(getTranslation("plan.milestone.kind"))
                .setFlexGrow(1);
        grid.addColumn(m -> m.getPrintedText() == null ? "" : m.getPrintedText())
                .setHeader(getTranslation("plan.milestone.printed"))
                .setFlexGrow(3);
        grid.addColumn(m -> vn.cchc.portal.shared.Formats.date(m.getDueDate())
                        + (m.getDueTime() == null ? "" : " " + m.getDueTime()))
                .setHeader(getTranslation("plan.milestone.due"))
                .setFlexGrow(1);
        grid.setItems(detail.milestones());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT);
        grid.setId("plan-milestones");
        return grid;
    }
}
