package app.rapport.program.ui;

import app.rapport.base.RuleViolation;
import app.rapport.program.EnrolmentService;
import app.rapport.program.ParticipantSummary;
import app.rapport.program.ProfileLimits;
import app.rapport.program.ProfileUpdate;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

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

    private final com.vaadin.flow.component.radiobutton.RadioButtonGroup<app.rapport.program.EnrolmentRole> role =
            new com.vaadin.flow.component.radiobutton.RadioButtonGroup<>("Role");
    private final com.vaadin.flow.component.textfield.IntegerField capacity =
            new com.vaadin.flow.component.textfield.IntegerField("Mentees at once");
    private boolean manage;

    /**
     * {@code manage} is true for the program's coordinators: they may also change the role and a
     * mentor's capacity; the person themselves edits only what they offer and seek.
     */
    public ProfileEditorDialog(EnrolmentService enrolments, long enrolmentId, boolean readOnly, boolean manage,
            Runnable onSaved) {
        this(enrolments, enrolmentId, readOnly, onSaved);
        this.manage = manage && !readOnly;
        if (this.manage) {
            role.setItems(app.rapport.program.EnrolmentRole.values());
            role.setItemLabelGenerator(app.rapport.program.EnrolmentRole::label);
            role.setValue(profile.role());
            capacity.setMin(ProfileLimits.CAPACITY_MIN);
            capacity.setMax(ProfileLimits.CAPACITY_MAX);
            capacity.setStepButtonsVisible(true);
            capacity.setValue(profile.capacity() == null ? ProfileLimits.CAPACITY_DEFAULT : profile.capacity());
            capacity.setVisible(profile.role() == app.rapport.program.EnrolmentRole.MENTOR);
            role.addValueChangeListener(e -> capacity.setVisible(e.getValue() == app.rapport.program.EnrolmentRole.MENTOR));
            var roleRow = new FormLayout(role, capacity);
            roleRow.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
            addComponentAtIndex(1, roleRow);
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
        department.setMaxLength(ProfileLimits.DEPARTMENT_MAX);
        department.setId("profile-department");
        timezone.setItems(ZONES);
        timezone.setClearButtonVisible(true);
        timezone.setId("profile-timezone");
        availability.setMaxLength(ProfileLimits.AVAILABILITY_MAX);
        bio.setMaxLength(ProfileLimits.BIO_MAX);

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

        var save = new Button("Save profile", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-profile");
        save.setVisible(!readOnly);
        getFooter().add(new Button(readOnly ? "Close" : "Cancel", e -> close()), save);
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
        try {
            if (manage && (role.getValue() != profile.role() || (role.getValue() == app.rapport.program.EnrolmentRole.MENTOR
                    && !java.util.Objects.equals(capacity.getValue(), profile.capacity())))) {
                enrolments.changeRole(profile.enrolmentId(), profile.version(), role.getValue(), capacity.getValue());
                profile = enrolments.profile(profile.enrolmentId());
            }
            profile = enrolments.updateProfile(new ProfileUpdate(profile.enrolmentId(), profile.version(),
                    List.copyOf(skills.getValue()), List.copyOf(goals.getValue()), department.getValue(),
                    timezone.getValue(), List.copyOf(languages.getValue()), availability.getValue(), bio.getValue()));
            close();
            onSaved.run();
        } catch (RuleViolation e) {
            error.setText(e.getMessage());
            error.setVisible(true);
        } catch (ConstraintViolationException e) {
            error.setText(e.getConstraintViolations().iterator().next().getMessage());
            error.setVisible(true);
        }
    }

}
