package app.rapport.program.ui;

import app.rapport.base.RuleViolation;
import app.rapport.base.ui.DiscardGuard;
import app.rapport.base.ui.FieldErrors;
import app.rapport.base.ui.FieldSnapshot;
import app.rapport.base.ui.OneTimePasswordDialog;
import app.rapport.base.ui.SubmitOnEnter;
import app.rapport.base.ui.TextLimits;
import app.rapport.security.Emails;
import app.rapport.program.EnrolmentRole;
import app.rapport.program.EnrolmentService;
import app.rapport.program.ProfileLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Enrols one person by email: someone with an account is linked, someone new gets an account and
 * a one-time password shown here once.
 */
final class AddParticipantDialog extends Dialog {

    private final transient EnrolmentService enrolments;
    private final long programId;
    private final transient Runnable onAdded;
    private final EmailField email = new EmailField("Email");
    private final TextField name = new TextField("Name (for someone new)");
    private final RadioButtonGroup<EnrolmentRole> role = new RadioButtonGroup<>("Role");
    private final IntegerField capacity = new IntegerField("Mentees at once");
    private final Paragraph error = new Paragraph();

    AddParticipantDialog(EnrolmentService enrolments, long programId, Runnable onAdded) {
        this.enrolments = enrolments;
        this.programId = programId;
        this.onAdded = onAdded;
        setHeaderTitle("Add a person");
        setWidth("min(30rem, 95vw)");
        email.setRequiredIndicatorVisible(true);
        email.setId("participant-email");
        TextLimits.limit(email, Emails.MAX_LENGTH);
        name.setId("participant-name");
        TextLimits.limit(name, ProfileLimits.NAME_MAX);
        role.setItems(EnrolmentRole.values());
        role.setItemLabelGenerator(EnrolmentRole::label);
        role.setValue(EnrolmentRole.MENTEE);
        role.setId("participant-role-choice");
        capacity.setMin(ProfileLimits.CAPACITY_MIN);
        capacity.setMax(ProfileLimits.CAPACITY_MAX);
        capacity.setValue(ProfileLimits.CAPACITY_DEFAULT);
        capacity.setStepButtonsVisible(true);
        capacity.setVisible(false);
        capacity.setId("participant-capacity");
        role.addValueChangeListener(e -> capacity.setVisible(e.getValue() == EnrolmentRole.MENTOR));
        error.addClassName("rapport-form-error");
        error.setVisible(false);
        var form = new FormLayout(email, name, role, capacity);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, error);
        var save = new Button("Add", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-participant");
        SubmitOnEnter.wire(this, save);
        var shown = FieldSnapshot.of(this);
        getFooter().add(DiscardGuard.cancelButton(this, shown::changed), save);
    }

    private void save() {
        error.setVisible(false);
        if (TextLimits.refused(email, name)) {
            return;
        }
        if (email.isEmpty() || email.isInvalid()) {
            email.setErrorMessage("Enter a valid email address");
            email.setInvalid(true);
            return;
        }
        var mentor = role.getValue() == EnrolmentRole.MENTOR;
        if (mentor && (capacity.isEmpty() || capacity.getValue() < ProfileLimits.CAPACITY_MIN
                || capacity.getValue() > ProfileLimits.CAPACITY_MAX)) {
            capacity.setErrorMessage("From 1 to 10");
            capacity.setInvalid(true);
            return;
        }
        try {
            var added = enrolments.enrol(programId, email.getValue(), name.getValue(), role.getValue(),
                    mentor ? capacity.getValue() : null);
            close();
            onAdded.run();
            if (added.oneTimePassword() != null) {
                new OneTimePasswordDialog(added.participant().email(), added.oneTimePassword()).open();
            }
        } catch (RuleViolation e) {
            if (!new FieldErrors().on("email", email).on("displayName", name).on("capacity", capacity).show(e)) {
                error.setText(e.getMessage());
                error.setVisible(true);
            }
        }
    }
}
