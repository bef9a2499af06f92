package app.rapport.feedback.ui;

import app.rapport.base.ui.FieldErrors;
import app.rapport.base.ui.FieldSnapshot;
import app.rapport.base.ui.TextLimits;
import app.rapport.feedback.FeedbackAnswer;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Optional;

/** A peer's answer: three observed qualities, one piece of advice, and whether to sign it. */
final class AnswerForm extends Composite<FormLayout> {

    private final RatingField rapport = new RatingField("Observed rapport", "answer-rapport");
    private final RatingField giveAndTake = new RatingField("Give and take", "answer-give-and-take");
    private final RatingField communication = new RatingField("Communication", "answer-communication");
    private final TextArea advice = new TextArea("What small change would make a difference?");
    private final Checkbox signed = new Checkbox("Sign with my name (otherwise my answer stays anonymous)");
    private final BeanValidationBinder<AnswerDraft> binder = new BeanValidationBinder<>(AnswerDraft.class);
    private FieldSnapshot shown;

    AnswerForm() {
        advice.setId("answer-advice");
        advice.setRequiredIndicatorVisible(true);
        advice.setHelperText("One concrete tweak they could try.");
        advice.setMinHeight("8rem");
        advice.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        signed.setId("answer-signed");
        binder.forField(rapport).bind("rapport");
        binder.forField(giveAndTake).bind("giveAndTake");
        binder.forField(communication).bind("communication");
        TextLimits.bind(binder, advice, FeedbackAnswer.ADVICE_MAX, "advice");
        binder.forField(signed).bind("signed");
        var form = getContent();
        form.add(rapport, giveAndTake, communication, advice, signed);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        shown = FieldSnapshot.of(form);
    }

    void show(FeedbackAnswer answer) {
        binder.readBean(AnswerDraft.of(answer));
        shown = FieldSnapshot.of(getContent());
    }

    /** Whether the peer changed the answer since it was shown. */
    boolean hasChanges() {
        return shown.changed();
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    /** The answer typed, or empty when a field is missing or too long (its message shows next to it). */
    Optional<FeedbackAnswer> read() {
        var draft = new AnswerDraft();
        return binder.writeBeanIfValid(draft) ? Optional.of(draft.toAnswer()) : Optional.empty();
    }

    boolean showFieldError(String field, String message) {
        return new FieldErrors()
                .on("rapport", rapport)
                .on("giveAndTake", giveAndTake)
                .on("communication", communication)
                .on("advice", advice)
                .show(field, message);
    }
}
