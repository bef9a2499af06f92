package app.rapport.workspace.ui;

import app.rapport.workspace.Goal;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The progress a goal is moved to, in percent. */
public final class ProgressFormData {

    static final String RANGE = "Enter a whole number from 0 to 100";

    @NotNull(message = RANGE)
    @Min(value = Goal.PROGRESS_MIN, message = RANGE)
    @Max(value = Goal.PROGRESS_MAX, message = RANGE)
    private Integer progress;

    public Integer getProgress() {
        return progress;
    }

    public void setProgress(Integer progress) {
        this.progress = progress;
    }
}
