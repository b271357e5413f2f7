package vn.cchc.portal.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import org.springframework.security.access.AccessDeniedException;
import vn.cchc.portal.organization.OrgUnitKind;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.organization.UnitForm;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Texts;
import vn.cchc.portal.shared.ui.DatePickers;
import vn.cchc.portal.shared.ui.WriteButtons;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Adds or edits a unit with a buffered Binder: the fields reach a copy of the form only when all are valid, and the
 * service checks everything again (code and sibling names unique, parent and kind compatible, who may do it). A
 * refused save keeps what was typed and says why, in the dialog.
 */
class UnitDialog extends Dialog {

    private final Binder<UnitForm> binder = new Binder<>(UnitForm.class);
    private final Span error = new Span();

    UnitDialog(
            UnitForm form,
            List<OrgUnitSummary> parents,
            Collection<OrgUnitKind> kinds,
            Function<UnitForm, OrgUnitSummary> save,
            Consumer<OrgUnitSummary> saved) {
        setHeaderTitle(getTranslation(form.isNew() ? "orgunits.dialog.new" : "orgunits.dialog.edit"));
        setWidth("46em");

        TextField name = new TextField(getTranslation("orgunits.field.name"));
        name.setId("unit-name");
        name.setMaxLength(300);
        TextField code = new TextField(getTranslation("orgunits.field.code"));
        code.setId("unit-code");
        code.setMaxLength(40);
        code.setHelperText(getTranslation("orgunits.field.code.help"));
        TextField shortName = new TextField(getTranslation("orgunits.field.shortName"));
        shortName.setMaxLength(150);
        Select<OrgUnitKind> kind = new Select<>();
        kind.setLabel(getTranslation("orgunits.field.kind"));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setId("unit-kind");
        Map<Long, OrgUnitSummary> byId =
                parents.stream().collect(Collectors.toMap(OrgUnitSummary::id, Function.identity()));
        ComboBox<Long> parent = new ComboBox<>(getTranslation("orgunits.field.parent"));
        parent.setItems(
                (ComboBox.ItemFilter<Long>) (id, filter) -> Texts.matches(
                        filter, byId.get(id).name() + " " + byId.get(id).code()),
                parents.stream().map(OrgUnitSummary::id).toList());
        parent.setItemLabelGenerator(id -> byId.containsKey(id) ? byId.get(id).name() : "");
        parent.setId("unit-parent");
        DatePicker validFrom = DatePickers.vietnamese(getTranslation("orgunits.field.validFrom"));
        TextArea aliases = new TextArea(getTranslation("orgunits.field.aliases"));
        aliases.setMaxLength(1000);
        Checkbox procedures = new Checkbox(getTranslation("orgunits.field.handlesProcedures"));

        binder.forField(name)
                .asRequired(getTranslation("error.unit.nameRequired"))
                .bind(UnitForm::getName, UnitForm::setName);
        binder.forField(code)
                .asRequired(getTranslation("error.unit.codeRequired"))
                .bind(UnitForm::getCode, UnitForm::setCode);
        binder.forField(shortName).bind(UnitForm::getShortName, UnitForm::setShortName);
        binder.forField(kind)
                .asRequired(getTranslation("error.unit.kindRequired"))
                .bind(UnitForm::getKind, UnitForm::setKind);
        binder.forField(parent).bind(UnitForm::getParentId, UnitForm::setParentId);
        binder.forField(validFrom)
                .asRequired(getTranslation("error.unit.validFromRequired"))
                .bind(UnitForm::getValidFrom, UnitForm::setValidFrom);
        binder.forField(aliases).bind(UnitForm::getAliases, UnitForm::setAliases);
        binder.forField(procedures).bind(UnitForm::isHandlesProcedures, UnitForm::setHandlesProcedures);
        binder.readBean(form);

        FormLayout layout = new FormLayout(name, code, shortName, kind, parent, validFrom, aliases, procedures);
        layout.setColspan(name, 2);
        layout.setColspan(parent, 2);
        layout.setColspan(aliases, 2);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setId("unit-error");
        add(layout, error);

        Button ok = WriteButtons.once(new Button(getTranslation("action.save")), () -> {
            try {
                UnitForm copy = form.copy();
                binder.writeBean(copy);
                OrgUnitSummary result = save.apply(copy);
                close();
                saved.accept(result);
                return true;
            } catch (ValidationException ex) {
                error.setText("");
            } catch (BusinessException ex) {
                error.setText(ex.message(getLocale()));
            } catch (AccessDeniedException ex) {
                error.setText(getTranslation("error.unit.manageOwnSubunits"));
            }
            return false;
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("unit-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
