package app.rapport.workspace.ui;

import app.rapport.base.ui.FieldErrors;
import app.rapport.base.ui.FieldSnapshot;
import app.rapport.base.ui.TextLimits;
import app.rapport.workspace.Kickoff;
import app.rapport.workspace.KickoffDraft;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;

/** The caller's own kick-off: what they want, and relationship or one-off. Owns its binder. */
final class KickoffForm extends Composite<FormLayout> {

    private final TextArea wants = new TextArea("What do you want from this relationship?");
    private final RadioButtonGroup<Boolean> seesRelationship = new RadioButtonGroup<>(
            "Is it a relationship to you, or a one-off transaction?");
    private final BeanValidationBinder<KickoffFormData> binder = new BeanValidationBinder<>(KickoffFormData.class);
    private FieldSnapshot shown;

    KickoffForm() {
        wants.setId("kickoff-wants");
        wants.setRequiredIndicatorVisible(true);
        wants.setValueChangeMode(ValueChangeMode.LAZY);
        wants.setHelperText("What you hope to learn, give or change; your partner and your coordinator read it.");
        wants.setMinHeight("8em");
        seesRelationship.setId("kickoff-relationship");
        seesRelationship.setItems(Boolean.TRUE, Boolean.FALSE);
        seesRelationship.setItemLabelGenerator(yes -> yes
                ? "A relationship: we build it over time, both giving and asking"
                : "A one-off transaction: I need something specific, then we are done");
        seesRelationship.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        seesRelationship.setRequiredIndicatorVisible(true);
        TextLimits.bind(binder, wants, KickoffDraft.WANTS_MAX, "wants");
        binder.bindInstanceFields(this);
        binder.setBean(new KickoffFormData());
        getContent().add(wants, seesRelationship);
        shown = FieldSnapshot.of(getContent());
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    }

    /** Fills the form with the caller's saved kick-off, or empties it when there is none. */
    void show(Kickoff kickoff) {
        var data = new KickoffFormData();
        if (kickoff != null) {
            data.setWants(kickoff.wants());
            data.setSeesRelationship(kickoff.seesRelationship());
        }
        binder.setBean(data);
        shown = FieldSnapshot.of(getContent());
    }

    /** Whether the person changed their kick-off since it was shown. */
    boolean hasChanges() {
        return shown.changed();
    }

    Optional<KickoffFormData> validData() {
        return binder.validate().isOk() ? Optional.of(binder.getBean()) : Optional.empty();
    }

    boolean showFieldError(String field, String message) {
        return new FieldErrors()
                .on("wants", wants)
                .on("seesRelationship", seesRelationship)
                .show(field, message);
    }
}
