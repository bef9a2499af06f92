package app.rapport.workspace;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A goal's title and (optional) description, for adding or editing one. */
public record GoalDraft(
        @NotBlank(message = "Give the goal a title")
        @Size(max = GoalDraft.TITLE_MAX, message = "Use at most 120 characters") String title,
        @Size(max = GoalDraft.DESCRIPTION_MAX, message = "Use at most 1,000 characters") String description) {

    public static final int TITLE_MAX = 120;
    public static final int DESCRIPTION_MAX = 1000;
}
