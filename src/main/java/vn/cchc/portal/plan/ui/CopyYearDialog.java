package vn.cchc.portal.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.ui.WholeNumberConverter;
import vn.cchc.portal.shared.ui.WriteButtons;

import java.util.function.IntConsumer;

/** Asks for the year a plan is copied to. */
class CopyYearDialog extends Dialog {

    CopyYearDialog(int suggested, IntConsumer onCopy) {
        setHeaderTitle(getTranslation("plan.action.copy"));
        TextField year = new TextField(getTranslation("plan.field.year"));
        year.setValue(String.valueOf(suggested));
        Span error = new Span();
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(year, error);
        Button copy = WriteButtons.once(new Button(getTranslation("plan.action.copy.confirm")), () -> {
            try {
                Integer chosen = new WholeNumberConverter(2000, 2100).read(year.getValue());
                if (chosen == null) {
                    error.setText(getTranslation("error.required", getTranslation("plan.field.year")));
                    return false;
                }
                onCopy.accept(chosen);
                close();
                return true;
            } catch (BusinessException ex) {
                error.setText(ex.message(getLocale()));
                return false;
            }
        });
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), copy);
    }
}
