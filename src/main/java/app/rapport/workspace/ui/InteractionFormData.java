package app.rapport.workspace.ui;

import app.rapport.workspace.Interaction;
import app.rapport.workspace.InteractionDraft;
import app.rapport.workspace.InteractionFormat;
import app.rapport.workspace.Side;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What the interaction form edits; checked by the form's binder before the service checks it again. */
public final class InteractionFormData {

    @NotNull(message = "Choose the day it happened")
    private LocalDate date;

    @NotNull(message = "Enter how many minutes it took")
    @Min(value = InteractionDraft.MINUTES_MIN, message = "Enter a duration from 1 to 600 minutes")
    @Max(value = InteractionDraft.MINUTES_MAX, message = "Enter a duration from 1 to 600 minutes")
    private Integer minutes;

    @NotNull(message = "Choose a format")
    private InteractionFormat format;

    @NotNull(message = "Choose who started it")
    private Side initiatedBy;

    private Side helpAskedBy;

    @Size(max = InteractionDraft.HELP_MAX, message = "Use at most 500 characters")
    private String helpAsked = "";

    private Side helpGivenBy;

    @Size(max = InteractionDraft.HELP_MAX, message = "Use at most 500 characters")
    private String helpGiven = "";

    @Size(max = InteractionDraft.NOTES_MAX, message = "Use at most 4,000 characters for notes")
    private String notes = "";

    static InteractionFormData of(Interaction i) {
        var data = new InteractionFormData();
        data.date = i.date();
        data.minutes = i.minutes();
        data.format = i.format();
        data.initiatedBy = i.initiatedBy();
        data.helpAskedBy = i.helpAskedBy();
        data.helpAsked = i.helpAsked() == null ? "" : i.helpAsked();
        data.helpGivenBy = i.helpGivenBy();
        data.helpGiven = i.helpGiven() == null ? "" : i.helpGiven();
        data.notes = i.notes() == null ? "" : i.notes();
        return data;
    }

    InteractionDraft toDraft() {
        return new InteractionDraft(date, minutes, format, initiatedBy, helpAskedBy, helpAsked, helpGivenBy,
                helpGiven, notes);
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public InteractionFormat getFormat() {
        return format;
    }

    public void setFormat(InteractionFormat format) {
        this.format = format;
    }

    public Side getInitiatedBy() {
        return initiatedBy;
    }

    public void setInitiatedBy(Side initiatedBy) {
        this.initiatedBy = initiatedBy;
    }

    public Side getHelpAskedBy() {
        return helpAskedBy;
    }

    public void setHelpAskedBy(Side helpAskedBy) {
        this.helpAskedBy = helpAskedBy;
    }

    public String getHelpAsked() {
        return helpAsked;
    }

    public void setHelpAsked(String helpAsked) {
        this.helpAsked = helpAsked;
    }

    public Side getHelpGivenBy() {
        return helpGivenBy;
    }

    public void setHelpGivenBy(Side helpGivenBy) {
        this.helpGivenBy = helpGivenBy;
    }

    public String getHelpGiven() {
        return helpGiven;
    }

    public void setHelpGiven(String helpGiven) {
        this.helpGiven = helpGiven;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
