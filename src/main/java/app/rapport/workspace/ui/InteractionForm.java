package app.rapport.workspace.ui;

import app.rapport.base.Days;
import app.rapport.base.ui.FieldErrors;
import app.rapport.base.ui.Times;
import app.rapport.base.ui.DateFields;
import app.rapport.base.ui.FieldSnapshot;
import app.rapport.base.ui.TextLimits;
import app.rapport.workspace.InteractionDraft;
import app.rapport.workspace.InteractionFormat;
import app.rapport.workspace.Side;
import app.rapport.workspace.Viewer;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Date, length, format, who started it, the give and take, and notes of one interaction. Owns its
 * binder; a short check-in fixes the minutes. Help asked for or given needs both who and what.
 */
final class InteractionForm extends Composite<FormLayout> {

    private final DatePicker date = new DatePicker("Date");
    private final Select<InteractionFormat> format = new Select<>();
    private final IntegerField minutes = new IntegerField("Minutes");
    private final RadioButtonGroup<Side> initiatedBy = new RadioButtonGroup<>("Who started it");
    private final Select<Side> helpAskedBy = new Select<>();
    private final TextArea helpAsked = new TextArea("What about");
    private final Select<Side> helpGivenBy = new Select<>();
    private final TextArea helpGiven = new TextArea("What help");
    private final TextArea notes = new TextArea("Notes");
    private final BeanValidationBinder<InteractionFormData> binder = new BeanValidationBinder<>(InteractionFormData.class);
    private FieldSnapshot shown;

    InteractionForm(Viewer viewer, LocalDate today) {
        var started = Times.day(viewer.relationship().startedAt());
        date.setId("interaction-date");
        DateFields.dayMonthYear(date);
        date.setMin(started);
        date.setMax(today);
        date.setI18n(date.getI18n().setMaxErrorMessage("The date cannot be in the future")
                .setMinErrorMessage("The date cannot be before the relationship started on "
                        + Days.format(started)));
        format.setLabel("Format");
        format.setId("interaction-format");
        format.setItems(InteractionFormat.values());
        format.setItemLabelGenerator(InteractionFormat::label);
        format.addValueChangeListener(e -> fixMinutes(e.getValue()));
        minutes.setId("interaction-minutes");
        minutes.setStepButtonsVisible(true);
        minutes.setSuffixComponent(new Span("min"));
        initiatedBy.setId("interaction-initiator");
        initiatedBy.setItems(Side.values());
        initiatedBy.setItemLabelGenerator(viewer::nameOf);
        side(helpAskedBy, "Help asked for by", "interaction-asked-by", viewer);
        side(helpGivenBy, "Help given by", "interaction-given-by", viewer);
        text(helpAsked, "interaction-asked", InteractionDraft.HELP_MAX, "What did they need a hand with?");
        text(helpGiven, "interaction-given", InteractionDraft.HELP_MAX, "Advice, an introduction, a review...");
        notes.setHelperText("Only the two of you and the program's coordinators read notes.");
        text(notes, "interaction-notes", InteractionDraft.NOTES_MAX, null);
        notes.setMinHeight("7rem");

        binder.forField(helpAskedBy).withValidator(s -> s != null || helpAsked.getValue().isBlank(),
                "Choose who asked for help").bind("helpAskedBy");
        binder.forField(helpAsked).withValidator(TextLimits.atMost(InteractionDraft.HELP_MAX))
                .withValidator(t -> !t.isBlank() || helpAskedBy.getValue() == null,
                "Say what help was asked for").bind("helpAsked");
        binder.forField(helpGivenBy).withValidator(s -> s != null || helpGiven.getValue().isBlank(),
                "Choose who gave help").bind("helpGivenBy");
        binder.forField(helpGiven).withValidator(TextLimits.atMost(InteractionDraft.HELP_MAX))
                .withValidator(t -> !t.isBlank() || helpGivenBy.getValue() == null,
                "Say what help was given").bind("helpGiven");
        binder.forField(notes).withValidator(TextLimits.atMost(InteractionDraft.NOTES_MAX)).bind("notes");
        binder.bindInstanceFields(this);
        var fresh = new InteractionFormData();
        fresh.setDate(today);
        fresh.setInitiatedBy(viewer.side());
        binder.setBean(fresh);

        var layout = getContent();
        layout.add(date, format, minutes, initiatedBy, helpAskedBy, helpAsked, helpGivenBy, helpGiven, notes);
        layout.setColspan(notes, 2);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        shown = FieldSnapshot.of(layout);
    }

    /** Whether the person changed something since the form was filled. */
    boolean hasChanges() {
        return shown.changed();
    }

    void setData(InteractionFormData data) {
        binder.setBean(data);
        fixMinutes(data.getFormat());
        shown = FieldSnapshot.of(getContent());
    }

    Optional<InteractionDraft> validDraft() {
        return binder.validate().isOk() ? Optional.of(binder.getBean().toDraft()) : Optional.empty();
    }

    boolean showFieldError(String field, String message) {
        return new FieldErrors()
                .on("date", date)
                .on("minutes", minutes)
                .on("format", format)
                .on("initiatedBy", initiatedBy)
                .on("helpAskedBy", helpAskedBy)
                .on("helpAsked", helpAsked)
                .on("helpGivenBy", helpGivenBy)
                .on("helpGiven", helpGiven)
                .on("notes", notes)
                .show(field, message);
    }

    /** A short check-in lasts exactly its minutes, so the field follows the format. */
    private void fixMinutes(InteractionFormat chosen) {
        boolean fixed = chosen != null && chosen.isShort();
        if (fixed) {
            minutes.setValue(chosen.fixedMinutes());
        }
        minutes.setReadOnly(fixed);
        minutes.setHelperText(fixed ? "A short check-in lasts exactly this long" : "From 1 to 600");
    }

    private static void side(Select<Side> select, String label, String id, Viewer viewer) {
        select.setLabel(label);
        select.setId(id);
        select.setItems(Side.values());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("No one");
        select.setItemLabelGenerator(s -> s == null ? "No one" : viewer.nameOf(s));
    }

    private static void text(TextArea area, String id, int max, String placeholder) {
        area.setId(id);
        area.setPlaceholder(placeholder);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        TextLimits.limit(area, max);
    }
}
