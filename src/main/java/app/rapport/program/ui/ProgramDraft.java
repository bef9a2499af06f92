package app.rapport.program.ui;

import app.rapport.program.ProgramSettings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What the program form edits; validated by the form's binder before the service sees it. */
public final class ProgramDraft {

    @NotBlank(message = "Enter a name")
    @Size(max = ProgramSettings.NAME_MAX, message = "Use at most 120 characters")
    private String name = "";

    @Size(max = ProgramSettings.DESCRIPTION_MAX, message = "Use at most 4000 characters")
    private String description = "";

    @NotNull(message = "Choose a start date")
    private LocalDate startsOn;

    private LocalDate endsOn;

    @NotNull(message = "Enter a number of days")
    @Min(value = 1, message = "At least 1 day")
    @Max(value = 365, message = "At most 365 days")
    private Integer stallThresholdDays = 21;

    @NotNull(message = "Enter a number of answers")
    @Min(value = 2, message = "At least 2 answers, so no answer can be traced to one person")
    @Max(value = 50, message = "At most 50")
    private Integer anonymityThreshold = 3;

    @NotNull(message = "Enter a number of days")
    @Min(value = 1, message = "At least 1 day")
    @Max(value = 365, message = "At most 365 days")
    private Integer checkinCadenceDays = 14;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public Integer getStallThresholdDays() {
        return stallThresholdDays;
    }

    public void setStallThresholdDays(Integer stallThresholdDays) {
        this.stallThresholdDays = stallThresholdDays;
    }

    public Integer getAnonymityThreshold() {
        return anonymityThreshold;
    }

    public void setAnonymityThreshold(Integer anonymityThreshold) {
        this.anonymityThreshold = anonymityThreshold;
    }

    public Integer getCheckinCadenceDays() {
        return checkinCadenceDays;
    }

    public void setCheckinCadenceDays(Integer checkinCadenceDays) {
        this.checkinCadenceDays = checkinCadenceDays;
    }
}
