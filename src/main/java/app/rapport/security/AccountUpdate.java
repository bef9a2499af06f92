package app.rapport.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** An admin's edit of name and roles, made on the account as it was at {@code version}. */
public record AccountUpdate(
        long id,
        long version,
        @NotBlank(message = "Enter a name") @Size(max = AccountSummary.DISPLAY_NAME_MAX, message = "Use at most 100 characters") String displayName,
        @NotEmpty(message = "Choose at least one role") Set<Role> roles) {
}
