package app.rapport.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.BooleanSupplier;

/**
 * Asks before typed work is thrown away: "Discard your changes?" with Keep editing (the default)
 * or Discard. Without unsaved changes nothing is asked.
 */
public final class DiscardGuard {

    private DiscardGuard() {
    }

    /** Runs {@code discard} at once when nothing is unsaved, else after the person chose Discard. */
    public static void confirm(BooleanSupplier unsaved, Runnable discard) {
        if (!unsaved.getAsBoolean()) {
            discard.run();
            return;
        }
        var confirm = new ConfirmDialog();
        confirm.setId("discard-confirm");
        confirm.setHeader("Discard your changes?");
        confirm.setText("What you typed here is not saved yet. Discarding it cannot be undone.");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep editing");
        confirm.setConfirmText("Discard");
        confirm.setConfirmButtonTheme("error primary");
        // Closed here as well as in the browser, so the modal curtain is gone before the discard runs.
        confirm.addCancelListener(e -> confirm.close());
        confirm.addConfirmListener(e -> {
            confirm.close();
            discard.run();
        });
        confirm.open();
    }

    /**
     * Makes Esc and a click outside {@code dialog} ask first when {@code unsaved}, and returns a
     * Cancel button that does the same. Saving closes the dialog with {@link Dialog#close()}, which
     * asks nothing.
     */
    public static Button cancelButton(Dialog dialog, BooleanSupplier unsaved) {
        dialog.addDialogCloseActionListener(e -> confirm(unsaved, dialog::close));
        return new Button("Cancel", e -> confirm(unsaved, dialog::close));
    }
}
