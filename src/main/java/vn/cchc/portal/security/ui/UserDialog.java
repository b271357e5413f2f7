package vn.cchc.portal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.organization.UnitLabels;
import vn.cchc.portal.security.UserForm;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.ui.WriteButtons;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

/** Create or edit a user with a buffered Binder: nothing reaches the bean until every field is valid. */
class UserDialog extends Dialog {

    private final Binder<UserForm> binder = new Binder<>(UserForm.class);
    private final UserForm form;
    private final Span error = new Span();

    UserDialog(UserForm form, List<OrgUnitSummary> unitList, UnitLabels labels, Consumer<UserForm> onSave) {
        this.form = form;
        setHeaderTitle(getTranslation(form.isNew() ? "users.form.title.new" : "users.form.title.edit"));
        setWidth("40em");

        TextField username = new TextField(getTranslation("users.form.username"));
        username.setReadOnly(!form.isNew());
        username.setId("user-username");
        TextField fullName = new TextField(getTranslation("users.form.fullName"));
        fullName.setId("user-fullname");
        EmailField email = new EmailField(getTranslation("users.form.email"));
        email.setId("user-email");
        ComboBox<Long> unit = new ComboBox<>(getTranslation("users.form.unit"));
        unit.setItems(
                (ComboBox.ItemFilter<Long>) labels::matches,
                unitList.stream().map(OrgUnitSummary::id).toList());
        unit.setItemLabelGenerator(labels::label);
        unit.setId("user-unit");
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("users.form.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        roles.setId("user-roles");
        Checkbox enabled = new Checkbox(getTranslation("users.form.enabled"));
        PasswordField password = new PasswordField(getTranslation("users.form.password"));
        password.setVisible(form.isNew());
        password.setId("user-password");

        binder.forField(username)
                .asRequired(getTranslation("error.required", getTranslation("users.form.username")))
                .withValidator(
                        v -> v.strip().matches("[a-zA-Z0-9._-]{3,60}"), getTranslation("error.user.usernameRule"))
                .bind(UserForm::getUsername, UserForm::setUsername);
        binder.forField(fullName)
                .asRequired(getTranslation("error.required", getTranslation("users.form.fullName")))
                .bind(UserForm::getFullName, UserForm::setFullName);
        binder.forField(email).bind(UserForm::getEmail, UserForm::setEmail);
        binder.forField(unit)
                .asRequired(getTranslation("error.required", getTranslation("users.form.unit")))
                .bind(UserForm::getUnitId, UserForm::setUnitId);
        binder.forField(roles)
                .asRequired(getTranslation("error.user.roleRequired"))
                .bind(
                        f -> f.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(f.getRoles()),
                        UserForm::setRoles);
        binder.forField(enabled).bind(UserForm::isEnabled, UserForm::setEnabled);
        if (form.isNew()) {
            binder.forField(password)
                    .asRequired(getTranslation("error.required", getTranslation("users.form.password")))
                    .withValidator(
                            v -> v.length() >= 8
                                    && v.chars().anyMatch(Character::isLetter)
                                    && v.chars().anyMatch(Character::isDigit),
                            getTranslation("error.user.passwordRule"))
                    .bind(UserForm::getPassword, UserForm::setPassword);
        }
        binder.readBean(form);

        FormLayout layout = new FormLayout(username, fullName, email, unit, roles, enabled, password);
        layout.setColspan(unit, 2);
        layout.setColspan(roles, 2);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(layout, error);

        Button save = WriteButtons.once(new Button(getTranslation("action.save")), () -> save(onSave));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("user-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** True when saved and closed; false when refused (the message is shown, nothing was saved). */
    private boolean save(Consumer<UserForm> onSave) {
        UserForm copy = UserForm.copyOf(form);
        try {
            binder.writeBean(copy);
            onSave.accept(copy);
            close();
            return true;
        } catch (ValidationException ex) {
            error.setText("");
        } catch (BusinessException ex) {
            error.setText(ex.message(getLocale()));
        }
        return false;
    }
}
