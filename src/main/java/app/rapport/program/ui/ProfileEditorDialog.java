package app.rapport.program.ui;

import app.rapport.base.RuleViolation;
import app.rapport.base.ui.DiscardGuard;
import app.rapport.base.ui.FieldSnapshot;
import app.rapport.base.ui.SubmitOnEnter;
import app.rapport.base.ui.TextLimits;
import app.rapport.program.EnrolmentRole;
import app.rapport.program.EnrolmentService;
import app.rapport.program.ParticipantSummary;
import app.rapport.program.ProfileLimits;
import app.rapport.program.ProfileUpdate;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A participant's profile in one program. Skills and goals come from the program's vocabulary,
 * and typing a new one adds it. Used by coordinators and by the participant themselves.
 */
public final class ProfileEditorDialog extends Dialog {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    private final transient EnrolmentService enrolments;
    private final transient Runnable onSaved;
    private final MultiSelectComboBox<String> skills = new MultiSelectComboBox<>("Skills offered");
    private final MultiSelectComboBox<String> goals = new MultiSelectComboBox<>("Goals sought");
    private final TextField department = new TextField("Department");
    private final ComboBox<String> timezone = new ComboBox<>("Time zone");
    private final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>("Languages");
    private final TextArea availability = new TextArea("Availability");
    private final TextArea bio = new TextArea("Short bio");
    private final Paragraph error = new Paragraph();
    private ParticipantSummary profile;
    private final Button save;
    private FieldSnapshot shown;

    private final RoleForm roleForm = new RoleForm();
    private boolean manage;
    private List<String> openMentees = List.of();
    private boolean overCapacityConfirmed;

    /**
     * {@code manage} is true for the program's coordinators: they may also change the role and a
     * mentor's capacity; the person themselves edits only what they offer and seek.
     */
    public ProfileEditorDialog(EnrolmentService enrolments, long enrolmentId, boolean readOnly, boolean manage,
            Runnable onSaved) {
        this(enrolments, enrolmentId, readOnly, onSaved);
        this.manage = manage && !readOnly;
        if (this.manage) {
            // A mentee made a mentor starts from the usual capacity, which the coordinator sees and may change.
            roleForm.show(new RoleDraft(profile.role(),
                    profile.capacity() == null ? ProfileLimits.CAPACITY_DEFAULT : profile.capacity()));
            if (profile.role() == EnrolmentRole.MENTOR) {
                openMentees = enrolments.openMentees(enrolmentId);
                roleForm.showOpen(openMentees);
            }
            addComponentAtIndex(1, roleForm);
            if (roleForm.overCapacity(profile.capacity())) {
                var over = new Span("Over capacity");
                over.addClassNames("rapport-badge", "rapport-badge-off");
                over.setId("profile-over-capacity");
                over.setTitle(openMentees.size() + " open relationships for " + profile.capacity()
                        + (profile.capacity() == 1 ? " slot" : " slots"));
                addComponentAtIndex(1, over);
            }
            shown = FieldSnapshot.of(this);
            SubmitOnEnter.wire(this, save);
        }
    }

    public ProfileEditorDialog(EnrolmentService enrolments, long enrolmentId, boolean readOnly, Runnable onSaved) {
        this.enrolments = enrolments;
        this.onSaved = onSaved;
        this.profile = enrolments.profile(enrolmentId);
        setHeaderTitle(profile.name() + " · " + profile.role().label());
        setWidth("min(44rem, 95vw)");

        var vocabulary = new ArrayList<>(enrolments.suggestTags(profile.programId(), "", 500));
        for (var box : List.of(skills, goals)) {
            box.setItems(vocabulary);
            box.setAllowCustomValue(true);
            box.setWidthFull();
            box.setHelperText("Pick from the program's list or type a new one and press Enter");
        }
        skills.setId("profile-skills");
        goals.setId("profile-goals");
        skills.addCustomValueSetListener(e -> addCustom(skills, e.getDetail()));
        goals.addCustomValueSetListener(e -> addCustom(goals, e.getDetail()));
        languages.setItems(new ArrayList<>(profile.languages()));
        languages.setAllowCustomValue(true);
        languages.addCustomValueSetListener(e -> addCustom(languages, e.getDetail()));
        languages.setId("profile-languages");
        department.setId("profile-department");
        timezone.setItems(ZONES);
        timezone.setClearButtonVisible(true);
        timezone.setId("profile-timezone");
        TextLimits.limit(department, ProfileLimits.DEPARTMENT_MAX);
        TextLimits.limit(availability, ProfileLimits.AVAILABILITY_MAX);
        TextLimits.limit(bio, ProfileLimits.BIO_MAX);

        skills.setValue(new LinkedHashSet<>(profile.skills()));
        goals.setValue(new LinkedHashSet<>(profile.goals()));
        languages.setValue(new LinkedHashSet<>(profile.languages()));
        department.setValue(profile.department() == null ? "" : profile.department());
        timezone.setValue(profile.timezone());
        availability.setValue(profile.availability() == null ? "" : profile.availability());
        bio.setValue(profile.bio() == null ? "" : profile.bio());

        var form = new FormLayout(skills, goals, department, timezone, languages, availability, bio);
        form.setColspan(skills, 2);
        form.setColspan(goals, 2);
        form.setColspan(languages, 2);
        form.setColspan(bio, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        error.addClassName("rapport-form-error");
        error.setVisible(false);
        add(new Paragraph(profile.email()), form, error);
        form.getChildren().forEach(c -> ((com.vaadin.flow.component.HasValue<?, ?>) c).setReadOnly(readOnly));

        save = new Button("Save profile", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-profile");
        save.setVisible(!readOnly);
        shown = FieldSnapshot.of(this);
        SubmitOnEnter.wire(this, save);
        var cancel = DiscardGuard.cancelButton(this, () -> shown.changed());
        cancel.setText(readOnly ? "Close" : "Cancel");
        getFooter().add(cancel, save);
    }

    private static void addCustom(MultiSelectComboBox<String> box, String typed) {
        if (typed == null || typed.isBlank()) {
            return;
        }
        var value = typed.strip();
        var existing = box.getListDataView().getItems().filter(v -> v.equalsIgnoreCase(value)).findFirst();
        var chosen = existing.orElse(value);
        if (existing.isEmpty()) {
            box.getListDataView().addItem(chosen);
        }
        var selected = new LinkedHashSet<>(box.getValue());
        selected.add(chosen);
        box.setValue(selected);
    }

    private void save() {
        error.setVisible(false);
        if (TextLimits.refused(department, availability, bio)) {
            return;
        }
        var roles = manage ? roleForm.value() : Optional.<RoleDraft>empty();
        if (manage && roles.isEmpty()) {
            // The form marked what is wrong; nothing is saved, not even the rest of the profile.
            return;
        }
        if (roles.isPresent() && changes(roles.get()) && lowersBelowOpen(roles.get()) && !overCapacityConfirmed) {
            confirmOverCapacity(roles.get().getCapacity());
            return;
        }
        try {
            if (roles.isPresent() && changes(roles.get())) {
                var choice = roles.get();
                enrolments.changeRole(profile.enrolmentId(), profile.version(), choice.getRole(),
                        choice.getRole() == EnrolmentRole.MENTOR ? choice.getCapacity() : null);
                profile = enrolments.profile(profile.enrolmentId());
            }
            profile = enrolments.updateProfile(new ProfileUpdate(profile.enrolmentId(), profile.version(),
                    List.copyOf(skills.getValue()), List.copyOf(goals.getValue()), department.getValue(),
                    timezone.getValue(), List.copyOf(languages.getValue()), availability.getValue(), bio.getValue()));
            close();
            onSaved.run();
        } catch (RuleViolation e) {
            if (!roleForm.showFieldError(e.field(), e.getMessage())) {
                error.setText(e.getMessage());
                error.setVisible(true);
            }
        } catch (ConstraintViolationException e) {
            error.setText(e.getConstraintViolations().iterator().next().getMessage());
            error.setVisible(true);
        }
    }

    private boolean lowersBelowOpen(RoleDraft choice) {
        return choice.getRole() == EnrolmentRole.MENTOR && roleForm.overCapacity(choice.getCapacity());
    }

    /** A coordinator may lower a mentor below their open relationships, once they have read with whom. */
    private void confirmOverCapacity(int capacity) {
        var dialog = new ConfirmDialog(profile.name() + " will be over capacity",
                profile.name() + " has " + openMentees.size() + " open relationships (active or proposed), with "
                        + String.join(", ", openMentees) + ", and the new capacity is " + capacity + ". Those "
                        + "relationships continue, but nobody new can be proposed to them and no waiting "
                        + "proposal can start until some end or the capacity is raised again.",
                "Save anyway", e -> {
                    overCapacityConfirmed = true;
                    save();
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("confirm-over-capacity");
        dialog.open();
    }

    private boolean changes(RoleDraft choice) {
        return choice.getRole() != profile.role()
                || (choice.getRole() == EnrolmentRole.MENTOR && !Objects.equals(choice.getCapacity(), profile.capacity()));
    }
}
