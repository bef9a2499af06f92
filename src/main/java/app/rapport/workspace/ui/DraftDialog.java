package app.rapport.workspace.ui;

import app.rapport.base.RuleViolation;
import app.rapport.base.ui.DiscardGuard;
import app.rapport.base.ui.Notifications;
import app.rapport.base.ui.SubmitOnEnter;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;

/**
 * A dialog that saves a form's draft: a refused save keeps the dialog open, with the message next
 * to the field it is about or, for the whole form, under it; a saved one closes and says so.
 */
abstract class DraftDialog<D> extends Dialog {

    private final Paragraph error = new Paragraph();

    DraftDialog() {
        error.addClassName("rapport-form-error");
        error.setVisible(false);
    }

    /** The place for messages about the whole form; add it below the form. */
    Paragraph error() {
        return error;
    }

    /**
     * Puts Cancel and {@code save} in the footer: Enter in a single-line field of the dialog saves,
     * and Cancel, Esc or a click outside ask before {@code unsaved} typed work is discarded.
     */
    Button footer(Button save, BooleanSupplier unsaved) {
        SubmitOnEnter.wire(this, save);
        var cancel = DiscardGuard.cancelButton(this, unsaved);
        getFooter().add(cancel, save);
        return cancel;
    }

    /**
     * Saves {@code draft} (empty when the form found a field invalid) with {@code action}; on a
     * refusal the form gets the first chance to show the message next to its field.
     */
    void save(Optional<D> draft, Consumer<D> action, String done, Runnable onSaved,
            BiPredicate<String, String> showFieldError, String whenDenied) {
        error.setVisible(false);
        if (draft.isEmpty()) {
            return;
        }
        try {
            action.accept(draft.get());
            close();
            Notifications.success(done);
            onSaved.run();
        } catch (RuleViolation e) {
            if (!showFieldError.test(e.field(), e.getMessage())) {
                showError(e.getMessage());
            }
        } catch (AccessDeniedException e) {
            showError(whenDenied);
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
