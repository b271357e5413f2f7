package vn.cchc.portal.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.report.IssuerForm;
import vn.cchc.portal.report.IssuerService;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Texts;
import vn.cchc.portal.shared.ui.SignerFields;

import java.util.List;

/** Administrators and planners set how a unit's documents print its header and signature block. */
class IssuerDialog extends Dialog {

    IssuerDialog(IssuerService issuers, List<OrgUnitSummary> units) {
        setHeaderTitle(getTranslation("reports.issuer"));
        setWidth("min(720px, 95vw)");
        ComboBox<OrgUnitSummary> unit = new ComboBox<>(getTranslation("reports.field.unit"));
        unit.setItems(
                (ComboBox.ItemFilter<OrgUnitSummary>) (u, f) -> Texts.matches(f, u.name() + " " + u.code()), units);
        unit.setItemLabelGenerator(OrgUnitSummary::name);
        Binder<IssuerForm> binder = new Binder<>(IssuerForm.class);
        TextField parent = new TextField(getTranslation("reports.issuer.parent"));
        TextArea body = new TextArea(getTranslation("reports.issuer.body"));
        TextField place = new TextField(getTranslation("reports.issuer.place"));
        TextField symbol = new TextField(getTranslation("reports.issuer.symbol"));
        SignerFields signer = new SignerFields("issuer-signer");
        binder.forField(parent).bind(IssuerForm::getParentBody, IssuerForm::setParentBody);
        binder.forField(body).bind(IssuerForm::getIssuingBody, IssuerForm::setIssuingBody);
        binder.forField(place).bind(IssuerForm::getPlace, IssuerForm::setPlace);
        binder.forField(symbol).bind(IssuerForm::getSymbol, IssuerForm::setSymbol);
        binder.forField(signer).bind(IssuerForm::getSigner, IssuerForm::setSigner);
        unit.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                binder.readBean(issuers.form(e.getValue().id()));
            }
        });
        FormLayout form = new FormLayout(unit, parent, body, place, symbol, signer);
        form.setColspan(signer, 2);
        add(form);
        Button save = new Button(getTranslation("reports.write.save"), e -> {
            if (unit.getValue() == null) {
                return;
            }
            IssuerForm bean = issuers.form(unit.getValue().id());
            try {
                binder.writeBean(bean);
                issuers.save(bean);
                Notification.show(getTranslation("reports.write.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
            } catch (BusinessException | com.vaadin.flow.data.binder.ValidationException ex) {
                Notification.show(
                                ex instanceof BusinessException b ? b.message(getLocale()) : ex.getMessage(),
                                5000,
                                Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
