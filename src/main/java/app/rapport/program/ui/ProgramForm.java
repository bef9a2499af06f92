package app.rapport.program.ui;

import app.rapport.base.ui.DateFields;
import app.rapport.base.ui.FieldErrors;
import app.rapport.base.ui.FieldSnapshot;
import app.rapport.base.ui.TextLimits;
import app.rapport.program.ProgramSettings;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Optional;

/** Name, description, dates and (when editing) the settings of a program. Owns its binder. */
final class ProgramForm extends Composite<FormLayout> {

    private final TextField name = new TextField("Name");
    private final TextArea description = new TextArea("Description");
    private final DatePicker startsOn = new DatePicker("Starts");
    private final DatePicker endsOn = new DatePicker("Ends (optional)");
    private final IntegerField stallThresholdDays = new IntegerField("Stall after (days without a meeting)");
    private final IntegerField anonymityThreshold = new IntegerField("Peer answers needed before results show");
    private final IntegerField checkinCadenceDays = new IntegerField("Check-in every (days)");
    private final BeanValidationBinder<ProgramDraft> binder = new BeanValidationBinder<>(ProgramDraft.class);
    private FieldSnapshot shown;

    ProgramForm(boolean withSettings) {
        name.setId("program-name");
        description.setId("program-description");
        startsOn.setId("program-starts");
        DateFields.dayMonthYear(startsOn);
        DateFields.dayMonthYear(endsOn);
        endsOn.setId("program-ends");
        stallThresholdDays.setId("program-stall");
        anonymityThreshold.setId("program-anonymity");
        checkinCadenceDays.setId("program-cadence");
        for (var f : new IntegerField[] {stallThresholdDays, anonymityThreshold, checkinCadenceDays}) {
            f.setStepButtonsVisible(true);
            f.setVisible(withSettings);
        }
        anonymityThreshold.setHelperText("At least 2, so no answer can be traced to one person");
        stallThresholdDays.setHelperText("A pair with no meeting for longer is shown as stalled");
        TextLimits.bind(binder, name, ProgramSettings.NAME_MAX, "name");
        TextLimits.bind(binder, description, ProgramSettings.DESCRIPTION_MAX, "description");
        binder.bindInstanceFields(this);
        binder.withValidator(d -> d.getEndsOn() == null || d.getStartsOn() == null
                || !d.getEndsOn().isBefore(d.getStartsOn()), "The end date must not be before the start date");
        binder.setBean(new ProgramDraft());
        getContent().add(name, startsOn, endsOn, description, stallThresholdDays, anonymityThreshold,
                checkinCadenceDays);
        getContent().setColspan(name, 2);
        getContent().setColspan(description, 2);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        shown = FieldSnapshot.of(getContent());
    }

    void setDraft(ProgramDraft draft) {
        binder.setBean(draft);
        shown = FieldSnapshot.of(getContent());
    }

    /** Whether the person changed something since the form was filled. */
    boolean hasChanges() {
        return shown.changed();
    }

    Optional<ProgramDraft> validDraft() {
        var status = binder.validate();
        if (!status.getBeanValidationErrors().isEmpty()) {
            showFieldError("endsOn", status.getBeanValidationErrors().get(0).getErrorMessage());
        }
        return status.isOk() ? Optional.of(binder.getBean()) : Optional.empty();
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    boolean showFieldError(String field, String message) {
        return new FieldErrors()
                .on("name", name)
                .on("description", description)
                .on("startsOn", startsOn)
                .on("endsOn", endsOn)
                .on("stallThresholdDays", stallThresholdDays)
                .on("anonymityThreshold", anonymityThreshold)
                .on("checkinCadenceDays", checkinCadenceDays)
                .show(field, message);
    }
}
