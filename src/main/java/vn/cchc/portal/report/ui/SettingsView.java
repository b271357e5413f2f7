package vn.cchc.portal.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.organization.UnitLabels;
import vn.cchc.portal.report.DocumentSettings;
import vn.cchc.portal.report.Issuer;
import vn.cchc.portal.report.IssuerForm;
import vn.cchc.portal.settings.Settings;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.ui.SignerFields;
import vn.cchc.portal.shared.ui.WriteButtons;

import java.util.List;
import java.util.stream.Collectors;

/**
 * "Cài đặt": the deployment's own settings (province, subtitle) and how the portal's documents are issued (issuing
 * unit, its header lines, place, symbol and signer). Two buffered Binders; the service checks everything again and
 * saves both in one transaction. Until the settings are complete the view says what is missing.
 */
@Route("admin/settings")
@Menu(order = 100, title = "menu.settings", icon = "vaadin:cog")
@RolesAllowed(Role.Names.ADMIN)
public class SettingsView extends VerticalLayout implements HasDynamicTitle {

    private final transient DocumentSettings documents;
    private final Binder<Fields> settingsBinder = new Binder<>();
    private final Binder<IssuerForm> issuerBinder = new Binder<>(IssuerForm.class);
    private final Div missing = new Div();
    private final Span error = new Span();
    private final TextField parentBody = new TextField();
    private final TextArea issuingBody = new TextArea();
    private final TextField place = new TextField();
    private final TextField symbol = new TextField();
    private long version;

    /** The deployment's fields as the form edits them. */
    static final class Fields {
        String province;
        String subtitle;
        Long unitId;

        static Fields of(Settings settings) {
            Fields fields = new Fields();
            fields.province = settings.provinceName();
            fields.subtitle = settings.appSubtitle();
            fields.unitId = settings.issuingUnitId();
            return fields;
        }

        Settings toSettings() {
            return new Settings(province, subtitle, unitId);
        }
    }

    SettingsView(DocumentSettings documents, OrgUnitService units) {
        this.documents = documents;
        setMaxWidth("64em");
        version = documents.version();
        Settings current = documents.settings();

        TextField province = new TextField(getTranslation("settings.field.province"));
        province.setHelperText(getTranslation("settings.field.province.help"));
        province.setId("settings-province");
        TextField subtitle = new TextField(getTranslation("settings.field.subtitle"));
        subtitle.setHelperText(getTranslation("settings.field.subtitle.help"));
        subtitle.setId("settings-subtitle");
        List<OrgUnitSummary> unitList = units.activeUnits();
        UnitLabels labels = units.labels();
        ComboBox<Long> issuingUnit = new ComboBox<>(getTranslation("settings.field.issuingUnit"));
        issuingUnit.setItems(
                (ComboBox.ItemFilter<Long>) labels::matches,
                unitList.stream().map(OrgUnitSummary::id).toList());
        issuingUnit.setItemLabelGenerator(labels::label);
        issuingUnit.setHelperText(
                getTranslation(unitList.isEmpty() ? "settings.noUnits" : "settings.field.issuingUnit.help"));
        issuingUnit.setId("settings-issuing-unit");

        settingsBinder
                .forField(province)
                .asRequired(getTranslation("error.settings.provinceRequired"))
                .withValidator(new StringLengthValidator(tooLong("settings.field.province", 100), 0, 100))
                .bind(f -> f.province, (f, v) -> f.province = v);
        settingsBinder
                .forField(subtitle)
                .withValidator(new StringLengthValidator(tooLong("settings.field.subtitle", 200), 0, 200))
                .bind(f -> f.subtitle, (f, v) -> f.subtitle = v);
        settingsBinder.forField(issuingUnit).bind(f -> f.unitId, (f, v) -> f.unitId = v);
        settingsBinder.readBean(Fields.of(current));

        parentBody.setLabel(getTranslation("reports.issuer.parent"));
        parentBody.setId("settings-parent-body");
        issuingBody.setLabel(getTranslation("reports.issuer.body"));
        issuingBody.setId("settings-issuing-body");
        place.setLabel(getTranslation("reports.issuer.place"));
        place.setId("settings-place");
        symbol.setLabel(getTranslation("reports.issuer.symbol"));
        SignerFields signer = new SignerFields("settings-signer");
        issuerBinder
                .forField(parentBody)
                .withValidator(new StringLengthValidator(tooLong("reports.issuer.parent", 200), 0, 200))
                .bind(IssuerForm::getParentBody, IssuerForm::setParentBody);
        issuerBinder
                .forField(issuingBody)
                .withValidator(new StringLengthValidator(tooLong("reports.issuer.body", 300), 0, 300))
                .bind(IssuerForm::getIssuingBody, IssuerForm::setIssuingBody);
        issuerBinder
                .forField(place)
                .withValidator(new StringLengthValidator(tooLong("reports.issuer.place", 100), 0, 100))
                .bind(IssuerForm::getPlace, IssuerForm::setPlace);
        issuerBinder
                .forField(symbol)
                .withValidator(new StringLengthValidator(tooLong("reports.issuer.symbol", 40), 0, 40))
                .bind(IssuerForm::getSymbol, IssuerForm::setSymbol);
        issuerBinder
                .forField(signer)
                .withValidator(s -> s == null || s.fits(), tooLong("signer.label", vn.cchc.portal.shared.Signer.MAX))
                .bind(IssuerForm::getSigner, IssuerForm::setSigner);
        showIssuer(current.issuingUnitId());
        issuingUnit.addValueChangeListener(e -> showIssuer(e.getValue()));

        FormLayout deployment = new FormLayout(province, subtitle);
        FormLayout issuing = new FormLayout(issuingUnit, parentBody, issuingBody, place, symbol, signer);
        issuing.setColspan(issuingUnit, 2);
        issuing.setColspan(signer, 2);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setId("settings-error");
        missing.setId("settings-missing");
        missing.getStyle()
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-left", "4px solid var(--lumo-error-color)")
                .set("background", "var(--lumo-contrast-5pct)");

        Button save = WriteButtons.once(new Button(getTranslation("action.save")), this::save);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("settings-save");
        add(
                new H2(getTranslation("settings.title")),
                missing,
                new H3(getTranslation("settings.section.deployment")),
                deployment,
                new H3(getTranslation("settings.section.documents")),
                issuing,
                error,
                save);
        showMissing(current);
    }

    private String tooLong(String fieldKey, int max) {
        return getTranslation("error.settings.tooLong", getTranslation(fieldKey), max);
    }

    /** The stored issuing data of the chosen unit; what its documents print now as the placeholders of blank fields. */
    private void showIssuer(Long unitId) {
        boolean chosen = unitId != null;
        for (var field : List.of(parentBody, place, symbol)) {
            field.setEnabled(chosen);
        }
        issuingBody.setEnabled(chosen);
        IssuerForm issuer = chosen ? documents.issuerForm(unitId) : new IssuerForm();
        issuerBinder.readBean(issuer);
        if (chosen) {
            Issuer printed = documents.printed(unitId);
            parentBody.setPlaceholder(orEmpty(printed.parentBody()));
            issuingBody.setPlaceholder(orEmpty(printed.issuingBody()));
            place.setPlaceholder(orEmpty(printed.place()));
            symbol.setPlaceholder(orEmpty(printed.symbol()));
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private boolean save() {
        Fields fields = new Fields();
        try {
            settingsBinder.writeBean(fields);
            IssuerForm issuer = null;
            if (fields.unitId != null) {
                issuer = documents.issuerForm(fields.unitId);
                issuerBinder.writeBean(issuer);
            }
            Settings saved = documents.save(fields.toSettings(), version, issuer);
            version = documents.version();
            error.setText("");
            showMissing(saved);
            Notification.show(getTranslation("settings.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (ValidationException ex) {
            error.setText("");
        } catch (BusinessException ex) {
            error.setText(ex.message(getLocale()));
        }
        return false;
    }

    private void showMissing(Settings current) {
        missing.setVisible(!current.complete());
        missing.setText(
                current.complete()
                        ? ""
                        : getTranslation(
                                "settings.missing",
                                current.missing().stream()
                                        .map(this::getTranslation)
                                        .collect(Collectors.joining(", "))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title") + " – " + getTranslation("app.name");
    }
}
