package vn.cchc.portal.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.function.SerializableSupplier;

import java.io.Serializable;

/**
 * Buttons that write (create, save, submit, copy) or open a form that writes. Such a button is disabled from the
 * moment it is clicked — in the browser already ({@link Button#setDisableOnClick}), so a double click or a second
 * quick Enter press sends one click — until its action has run. When the action is refused (a field to correct, a
 * rule of the service, a failure) the button is enabled again so the user can correct and retry.
 */
public final class WriteButtons {

    private WriteButtons() {}

    /** A write that may be refused. */
    @FunctionalInterface
    public interface Action extends Serializable {
        /**
         * Runs the write.
         *
         * @return true when the work is done and the button has nothing more to do (its dialog closed, the view
         *         moved on); false when it was refused and the user may try again
         */
        boolean run();
    }

    /**
     * Makes a button run its action once per click: disabled while the action runs, enabled again unless the action
     * reports it is done. An exception enables it again too, and is passed on to the session's error handler.
     */
    public static <B extends Button> B once(B button, Action action) {
        button.setDisableOnClick(true);
        button.addClickListener(e -> {
            boolean done = false;
            try {
                done = action.run();
            } finally {
                if (!done) {
                    button.setEnabled(true);
                }
            }
        });
        return button;
    }

    /** For writes that keep their form open (a draft saved in place): the button is enabled again after each run. */
    public static <B extends Button> B each(B button, Runnable action) {
        return once(button, () -> {
            action.run();
            return false;
        });
    }

    /**
     * A button that opens a dialog: one dialog per click however fast the clicks come; the button is enabled again
     * when the dialog closes. A null dialog (nothing to open) enables it at once.
     */
    public static <B extends Button> B opens(B button, SerializableSupplier<? extends Dialog> dialog) {
        return once(button, () -> {
            Dialog opened = dialog.get();
            if (opened == null) {
                return false;
            }
            opened.addOpenedChangeListener(e -> {
                if (!e.isOpened()) {
                    button.setEnabled(true);
                }
            });
            if (!opened.isOpened()) {
                opened.open();
            }
            return true;
        });
    }
}
