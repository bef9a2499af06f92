package app.rapport.workspace.ui;

import app.rapport.base.ui.FieldErrors;
import app.rapport.base.ui.FieldSnapshot;
import app.rapport.base.ui.TextLimits;
import app.rapport.workspace.Goal;
import app.rapport.workspace.GoalDraft;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Optional;

/** A goal's title and description. Owns its binder. */
final class GoalForm extends Composite<FormLayout> {

    private final TextField title = new TextField("Title");
    private final TextArea description = new TextArea("Description (optional)");
    private final BeanValidationBinder<GoalFormData> binder = new BeanValidationBinder<>(GoalFormData.class);
    private final FieldSnapshot shown;

    GoalForm(Goal goal) {
        title.setId("goal-title");
        title.setRequiredIndicatorVisible(true);
        title.setPlaceholder("e.g. Negotiate my next contract with confidence");
        title.setWidthFull();
        description.setId("goal-description");
        description.setHelperText("What reaching it looks like.");
        description.setMinHeight("6em");
        TextLimits.bind(binder, title, GoalDraft.TITLE_MAX, "title");
        TextLimits.bind(binder, description, GoalDraft.DESCRIPTION_MAX, "description");
        var data = new GoalFormData();
        if (goal != null) {
            data.setTitle(goal.title());
            data.setDescription(goal.description() == null ? "" : goal.description());
        }
        binder.setBean(data);
        getContent().add(title, description);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        shown = FieldSnapshot.of(getContent());
    }

    /** Whether the person typed something other than what the form showed first. */
    boolean hasChanges() {
        return shown.changed();
    }

    Optional<GoalFormData> validData() {
        return binder.validate().isOk() ? Optional.of(binder.getBean()) : Optional.empty();
    }

    void focus() {
        title.focus();
    }

    boolean showFieldError(String field, String message) {
        return new FieldErrors()
                .on("title", title)
                .on("description", description)
                .show(field, message);
    }
}
