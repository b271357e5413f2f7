package vn.cchc.portal.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.organization.UnitLabels;
import vn.cchc.portal.plan.PlanHeaderForm;
import vn.cchc.portal.plan.PlanKind;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.UserContext;
import vn.cchc.portal.shared.ui.WholeNumberConverter;
import vn.cchc.portal.shared.ui.WriteButtons;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;

/** The first fields of a new plan; everything else is filled in the editor. */
class NewPlanDialog extends Dialog {

    NewPlanDialog(PlanService plans, OrgUnitService units, CurrentUser currentUser, Clock clock, LongConsumer opened) {
        setHeaderTitle(getTranslation("plans.create"));
        setWidth("40em");
        UserContext user = currentUser.require();
        boolean province = user.has(Role.ADMIN) || user.has(Role.PLANNER);
        List<OrgUnitSummary> issuers = province ? units.activeUnits() : units.ownSubtree();
        UnitLabels labels = units.labels();

        ComboBox<Long> issuer = new ComboBox<>(getTranslation("plan.field.issuer"));
        issuer.setItems(
                labels::matches, issuers.stream().map(OrgUnitSummary::id).toList());
        issuer.setItemLabelGenerator(labels::label);
        issuer.setId("new-plan-issuer");
        ComboBox<PlanKind> kind = new ComboBox<>(getTranslation("plan.field.kind"));
        kind.setItems(PlanKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setId("new-plan-kind");
        TextField year = new TextField(getTranslation("plan.field.year"));
        TextArea title = new TextArea(getTranslation("plan.field.title"));
        title.setId("new-plan-title");
        Span error = new Span();
        error.getStyle().set("color", "var(--lumo-error-text-color)");

        PlanHeaderForm form = new PlanHeaderForm();
        form.setYear(LocalDate.now(clock).getYear());
        form.setIssuingUnitId(
                province ? units.find("UBT").map(OrgUnitSummary::id).orElse(null) : user.unitId());
        Binder<PlanHeaderForm> binder = new Binder<>(PlanHeaderForm.class);
        binder.forField(issuer)
                .asRequired(getTranslation("error.required", getTranslation("plan.field.issuer")))
                .bind(PlanHeaderForm::getIssuingUnitId, PlanHeaderForm::setIssuingUnitId);
        binder.forField(kind)
                .asRequired(getTranslation("error.required", getTranslation("plan.field.kind")))
                .bind(PlanHeaderForm::getKind, PlanHeaderForm::setKind);
        binder.forField(year)
                .asRequired(getTranslation("error.required", getTranslation("plan.field.year")))
                .withConverter(new WholeNumberConverter(2000, 2100))
                .bind(PlanHeaderForm::getYear, PlanHeaderForm::setYear);
        binder.forField(title)
                .asRequired(getTranslation("error.required", getTranslation("plan.field.title")))
                .bind(PlanHeaderForm::getTitle, PlanHeaderForm::setTitle);
        binder.readBean(form);

        FormLayout layout = new FormLayout(issuer, kind, year, title);
        layout.setColspan(issuer, 2);
        layout.setColspan(title, 2);
        add(layout, error);
        Button save = WriteButtons.once(new Button(getTranslation("plans.create.confirm")), () -> {
            try {
                binder.writeBean(form);
                long id = plans.create(form).id();
                close();
                opened.accept(id);
                return true;
            } catch (ValidationException ex) {
                error.setText("");
            } catch (BusinessException ex) {
                error.setText(ex.message(getLocale()));
            }
            return false;
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("new-plan-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
