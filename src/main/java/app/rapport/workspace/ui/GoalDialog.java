package app.rapport.workspace.ui;

import app.rapport.base.RuleViolation;
import app.rapport.base.StaleEdit;
import app.rapport.base.ui.DiscardGuard;
import app.rapport.base.ui.SubmitOnEnter;
import app.rapport.workspace.Goal;
import app.rapport.workspace.GoalDraft;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import java.util.function.BiPredicate;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.springframework.security.access.AccessDeniedException;

/**
 * Adds or edits a goal, or moves its progress. A refused save keeps the dialog open with the
 * message next to its field; a stale one says so and offers only to close (the list reloads).
 */
final class GoalDialog extends Dialog {

    private final Div error = new Div();
    private final Button save;
    private final Button cancel;

    private GoalDialog(String title, Component form, BooleanSupplier unsaved, String saveText, String saveId) {
        setHeaderTitle(title);
        error.addClassName("rapport-form-error");
        error.setId("goal-dialog-error");
        error.setVisible(false);
        add(error, form);
        save = new Button(saveText);
        save.setId(saveId);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SubmitOnEnter.wire(this, save);
        cancel = DiscardGuard.cancelButton(this, unsaved);
        cancel.setId("goal-cancel");
        getFooter().add(cancel, save);
        setWidth("min(34rem, 95vw)");
    }

    /** Adds a goal when {@code goal} is null, else edits its title and description. */
    static GoalDialog details(Goal goal, Consumer<GoalDraft> action) {
        var form = new GoalForm(goal);
        var dialog = new GoalDialog(goal == null ? "Add a goal" : "Edit the goal", form, form::hasChanges,
                goal == null ? "Add goal" : "Save", "goal-save");
        dialog.save.addClickListener(e -> form.validData()
                .ifPresent(data -> dialog.attempt(() -> action.accept(data.draft()), form::showFieldError)));
        dialog.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                form.focus();
            }
        });
        return dialog;
    }

    static GoalDialog progress(Goal goal, IntConsumer action) {
        var form = new ProgressForm(goal);
        var dialog = new GoalDialog("Progress of “" + goal.title() + "”", form, form::hasChanges, "Save progress",
                "goal-progress-save");
        dialog.save.addClickListener(e -> form.validProgress()
                .ifPresent(value -> dialog.attempt(() -> action.accept(value), form::showFieldError)));
        dialog.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                form.focus();
            }
        });
        return dialog;
    }

    private void attempt(Runnable action, BiPredicate<String, String> fieldError) {
        try {
            action.run();
            close();
        } catch (StaleEdit e) {
            blocked(e.getMessage());
        } catch (RuleViolation e) {
            if (!fieldError.test(e.field(), e.getMessage())) {
                showError(e.getMessage());
            }
        } catch (AccessDeniedException e) {
            blocked("You can no longer change the goals of this relationship.");
        }
    }

    private void blocked(String message) {
        showError(message);
        save.setEnabled(false);
        cancel.setText("Close");
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
