package app.rapport.workspace;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The caller's own kick-off as they want it saved. {@code version} is the version they read, or
 * null when they write their first one.
 */
public record KickoffDraft(
        Long version,
        @NotBlank(message = "Say what you want from this relationship")
        @Size(max = KickoffDraft.WANTS_MAX, message = "Use at most 2,000 characters") String wants,
        @NotNull(message = "Say whether you see it as a relationship or a one-off exchange")
        Boolean seesRelationship) {

    public static final int WANTS_MAX = 2000;
}
