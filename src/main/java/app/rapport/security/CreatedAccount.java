package app.rapport.security;

/**
 * The new account; the generated password to show once (null when the admin typed one or an
 * invitation went out instead), and whether its owner was invited by email.
 */
public record CreatedAccount(AccountSummary account, String generatedPassword, boolean invited) {
}
