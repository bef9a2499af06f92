package app.rapport.security.ui;

import app.rapport.security.AccountSummary;
import app.rapport.security.Emails;
import app.rapport.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/** What the account form edits; validated by the form's binder before the service sees it. */
public final class AccountDraft {

    @NotBlank(message = "Enter an email address")
    @Email(message = "Enter a valid email address")
    @Size(max = Emails.MAX_LENGTH, message = "Use at most 254 characters")
    private String email = "";

    @NotBlank(message = "Enter a name")
    @Size(max = AccountSummary.DISPLAY_NAME_MAX, message = "Use at most 100 characters")
    private String displayName = "";

    @NotEmpty(message = "Choose at least one role")
    private Set<Role> roles = EnumSet.of(Role.PARTICIPANT);

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    static AccountDraft of(AccountSummary account) {
        var draft = new AccountDraft();
        draft.setEmail(account.email());
        draft.setDisplayName(account.displayName());
        draft.setRoles(account.roles());
        return draft;
    }
}
