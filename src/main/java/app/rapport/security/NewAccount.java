package app.rapport.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** An admin's request to create an account; a null {@code password} asks for a generated one. */
public record NewAccount(
        @NotBlank(message = "Enter an email address") @Email(message = "Enter a valid email address")
        @Size(max = Emails.MAX_LENGTH) String email,
        @NotBlank(message = "Enter a name") @Size(max = AccountSummary.DISPLAY_NAME_MAX, message = "Use at most 100 characters") String displayName,
        @NotEmpty(message = "Choose at least one role") Set<Role> roles,
        String password) {
}
