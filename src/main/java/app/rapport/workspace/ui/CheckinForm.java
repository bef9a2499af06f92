package app.rapport.workspace.ui;

import app.rapport.base.ui.FieldErrors;
import app.rapport.base.ui.FieldSnapshot;
import app.rapport.base.ui.TextLimits;
import app.rapport.workspace.CheckinDraft;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Optional;
import java.util.stream.IntStream;

/** Three ratings from 1 to 5, a reflection and whether to share it. Owns its binder. */
final class CheckinForm extends Composite<FormLayout> {

    private final RadioButtonGroup<Integer> connection = rating("Connection", "checkin-connection",
            "How connected do you feel to each other?");
    private final RadioButtonGroup<Integer> trust = rating("Trust", "checkin-trust",
            "How much can you be open with each other?");
    private final RadioButtonGroup<Integer> value = rating("Value", "checkin-value",
            "How much is this relationship worth your time?");
    private final TextArea reflection = new TextArea("Reflection (optional)");
    private final Checkbox share = new Checkbox();
    private final BeanValidationBinder<CheckinFormData> binder = new BeanValidationBinder<>(CheckinFormData.class);
    private FieldSnapshot shown;

    CheckinForm(String partnerName) {
        reflection.setId("checkin-reflection");
        reflection.setMinHeight("7rem");
        reflection.setPlaceholder("What went well, what you would change, what you learned...");
        reflection.setHelperText("Private to you unless you share it. Coordinators read shared reflections only.");
        share.setLabel("Share my reflection with " + partnerName);
        share.setId("checkin-share");
        TextLimits.bind(binder, reflection, CheckinDraft.REFLECTION_MAX, "reflection");
        binder.bindInstanceFields(this);
        binder.setBean(new CheckinFormData());
        getContent().add(connection, trust, value, reflection, share);
        shown = FieldSnapshot.of(getContent());
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    }

    void setData(CheckinFormData data) {
        binder.setBean(data);
        shown = FieldSnapshot.of(getContent());
    }

    /** Whether the person changed something since the form was filled. */
    boolean hasChanges() {
        return shown.changed();
    }

    Optional<CheckinDraft> validDraft() {
        return binder.validate().isOk() ? Optional.of(binder.getBean().toDraft()) : Optional.empty();
    }

    boolean showFieldError(String field, String message) {
        return new FieldErrors()
                .on("connection", connection)
                .on("trust", trust)
                .on("value", value)
                .on("reflection", reflection)
                .show(field, message);
    }

    private static RadioButtonGroup<Integer> rating(String label, String id, String question) {
        var group = new RadioButtonGroup<Integer>(label);
        group.setId(id);
        group.setItems(IntStream.rangeClosed(CheckinDraft.RATING_MIN, CheckinDraft.RATING_MAX).boxed().toList());
        group.setHelperText(question + " 1 = not at all, 5 = very much.");
        group.addClassName("rapport-rating-choice");
        return group;
    }
}
