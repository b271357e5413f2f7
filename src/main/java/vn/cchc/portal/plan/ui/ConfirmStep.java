package vn.cchc.portal.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;

/** Asks before an irreversible step on a plan, listing what it will do; the step runs only when confirmed. */
final class ConfirmStep {

    private ConfirmStep() {}

    /**
     * @param title        what is about to happen ("Ban hành kế hoạch 515/KH-UBND?")
     * @param consequences one line per consequence
     * @param warning      a line shown as a warning (e.g. deadlines already past), or null
     * @param confirmText  the confirm button's text ("Ban hành")
     */
    static ConfirmDialog open(
            String title, List<String> consequences, String warning, String confirmText, Runnable step) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(title);
        UnorderedList list = new UnorderedList();
        consequences.forEach(line -> list.add(new ListItem(line)));
        Div text = new Div(list);
        text.setId("confirm-consequences");
        if (warning != null) {
            Paragraph warn = new Paragraph(warning);
            warn.addClassName("cchc-warning");
            warn.setId("confirm-warning");
            text.add(warn);
        }
        dialog.setText(text);
        Button ok = new Button(confirmText, e -> {
            dialog.close();
            step.run();
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("confirm-ok");
        ok.setDisableOnClick(true);
        dialog.setConfirmButton(ok);
        Button cancel = new Button(dialog.getTranslation("action.cancel"), e -> dialog.close());
        cancel.setId("confirm-cancel");
        dialog.setCancelButton(cancel);
        dialog.setCancelable(true);
        dialog.open();
        return dialog;
    }

    /**
     * A button that asks before it acts: it disables itself on click, so a double click opens one confirmation, and
     * is enabled again when the confirmation closes (or at once when {@code ask} opens none).
     */
    static Button asking(Button button, com.vaadin.flow.function.SerializableSupplier<ConfirmDialog> ask) {
        button.setDisableOnClick(true);
        button.addClickListener(e -> {
            ConfirmDialog dialog = ask.get();
            if (dialog == null) {
                button.setEnabled(true);
            } else {
                dialog.addClosedListener(closed -> button.setEnabled(true));
            }
        });
        return button;
    }
}
