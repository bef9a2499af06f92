package app.rapport.program.ui;

import app.rapport.base.ui.FieldErrors;
import app.rapport.program.EnrolmentRole;
import app.rapport.program.ProfileLimits;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Optional;

/**
 * A coordinator's choice of a participant's role and, for a mentor, how many mentees at once. Owns its
 * binder: a capacity that is missing, out of range or not a number is marked on the field and gives no value.
 * Given the mentor's open relationships, it says under the field whom they are with and warns, as the
 * capacity is typed, when it falls below them.
 */
final class RoleForm extends Composite<FormLayout> {

    private final RadioButtonGroup<EnrolmentRole> role = new RadioButtonGroup<>("Role");
    private final IntegerField capacity = new IntegerField("Mentees at once");
    private final BeanValidationBinder<RoleDraft> binder = new BeanValidationBinder<>(RoleDraft.class);
    private final Binder.Binding<RoleDraft, Integer> capacityBinding;
    private List<String> openMentees = List.of();

    RoleForm() {
        role.setItems(EnrolmentRole.values());
        role.setItemLabelGenerator(EnrolmentRole::label);
        capacity.setMin(ProfileLimits.CAPACITY_MIN);
        capacity.setMax(ProfileLimits.CAPACITY_MAX);
        capacity.setStepButtonsVisible(true);
        capacity.setId("profile-capacity");
        // The field's own checks (typed text, range) speak with the same words as the binder's.
        capacity.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(RoleDraft.CAPACITY_MESSAGE)
                .setRequiredErrorMessage(RoleDraft.CAPACITY_MESSAGE)
                .setMinErrorMessage(RoleDraft.CAPACITY_MESSAGE)
                .setMaxErrorMessage(RoleDraft.CAPACITY_MESSAGE));
        binder.forField(role).bind("role");
        capacityBinding = binder.forField(capacity).bind("capacity");
        role.addValueChangeListener(e -> showCapacity(e.getValue() == EnrolmentRole.MENTOR));
        capacity.addValueChangeListener(e -> showLoad());
        getContent().add(role, capacity);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
    }

    void show(RoleDraft draft) {
        binder.readBean(draft);
        showCapacity(draft.getRole() == EnrolmentRole.MENTOR);
    }

    /** The mentees of the mentor's open relationships (active and proposed), to weigh the capacity against. */
    void showOpen(List<String> mentees) {
        openMentees = List.copyOf(mentees);
        showLoad();
    }

    /** Whether this capacity leaves the mentor with more open relationships than slots. */
    boolean overCapacity(Integer chosen) {
        return chosen != null && openMentees.size() > chosen;
    }

    /** The choice, or empty after marking on the fields what is wrong. */
    Optional<RoleDraft> value() {
        var draft = new RoleDraft();
        return binder.writeBeanIfValid(draft) ? Optional.of(draft) : Optional.empty();
    }

    /** Shows a message the service gave for the capacity; false for one that belongs elsewhere. */
    boolean showFieldError(String field, String message) {
        return new FieldErrors().on("capacity", capacity).show(field, message);
    }

    private void showLoad() {
        if (openMentees.isEmpty()) {
            capacity.setHelperText(null);
            return;
        }
        var load = openMentees.size() + " open now: " + String.join(", ", openMentees);
        capacity.setHelperText(overCapacity(capacity.getValue())
                ? "Over capacity: " + load + ". They continue; nobody new until some end." : load);
    }

    private void showCapacity(boolean mentor) {
        capacity.setVisible(mentor);
        // A mentee has no capacity: whatever the hidden field holds is neither checked nor saved.
        capacityBinding.setValidatorsDisabled(!mentor);
        capacity.setRequiredIndicatorVisible(mentor);
    }
}
