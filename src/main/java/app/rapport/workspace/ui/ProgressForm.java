package app.rapport.workspace.ui;

import app.rapport.base.ui.FieldErrors;
import app.rapport.base.ui.FieldSnapshot;
import app.rapport.workspace.Goal;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Optional;

/** The progress of a goal in percent, 0 to 100. Owns its binder. */
final class ProgressForm extends Composite<FormLayout> {

    private final IntegerField progress = new IntegerField("Progress");
    private final BeanValidationBinder<ProgressFormData> binder = new BeanValidationBinder<>(ProgressFormData.class);
    private final FieldSnapshot shown;

    ProgressForm(Goal goal) {
        progress.setId("goal-progress");
        progress.setMin(Goal.PROGRESS_MIN);
        progress.setMax(Goal.PROGRESS_MAX);
        progress.setStepButtonsVisible(true);
        progress.setSuffixComponent(new Span("%"));
        progress.setHelperText("From 0 to 100 %. It is " + goal.progress() + " % now.");
        progress.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(ProgressFormData.RANGE)
                .setMaxErrorMessage(ProgressFormData.RANGE).setBadInputErrorMessage(ProgressFormData.RANGE)
                .setRequiredErrorMessage(ProgressFormData.RANGE));
        progress.setAriaLabel("Progress of " + goal.title() + " in percent");
        binder.bindInstanceFields(this);
        var data = new ProgressFormData();
        data.setProgress(goal.progress());
        binder.setBean(data);
        getContent().add(progress);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        shown = FieldSnapshot.of(progress);
    }

    boolean hasChanges() {
        return shown.changed();
    }

    Optional<Integer> validProgress() {
        return binder.validate().isOk() ? Optional.of(binder.getBean().getProgress()) : Optional.empty();
    }

    void focus() {
        progress.focus();
    }

    boolean showFieldError(String field, String message) {
        return new FieldErrors().on("progress", progress).show(field, message);
    }
}
