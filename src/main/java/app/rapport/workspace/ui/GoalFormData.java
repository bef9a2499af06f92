package app.rapport.workspace.ui;

import app.rapport.workspace.GoalDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the goal form edits; validated by the form's binder before the service sees it. */
public final class GoalFormData {

    @NotBlank(message = "Give the goal a title")
    @Size(max = GoalDraft.TITLE_MAX, message = "Use at most 120 characters")
    private String title = "";

    @Size(max = GoalDraft.DESCRIPTION_MAX, message = "Use at most 1,000 characters")
    private String description = "";

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    GoalDraft draft() {
        return new GoalDraft(title, description);
    }
}
