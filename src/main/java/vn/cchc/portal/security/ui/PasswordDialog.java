package vn.cchc.portal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import vn.cchc.portal.security.UserSummary;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.ui.WriteButtons;

import java.util.function.Consumer;

/** Asks the administrator for a new password for a user. */
class PasswordDialog extends Dialog {

    PasswordDialog(UserSummary user, Consumer<String> onSave) {
        setHeaderTitle(getTranslation("users.resetPassword") + ": " + user.username());
        PasswordField password = new PasswordField(getTranslation("users.form.newPassword"));
        password.setWidthFull();
        add(password);
        Button save = WriteButtons.once(new Button(getTranslation("action.save")), () -> {
            try {
                onSave.accept(password.getValue());
                close();
                return true;
            } catch (BusinessException ex) {
                password.setInvalid(true);
                password.setErrorMessage(ex.message(getLocale()));
                return false;
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
