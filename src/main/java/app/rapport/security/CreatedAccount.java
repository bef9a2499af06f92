package app.rapport.security;

/** The new account, and the generated password to show once (null when the admin typed one). */
public record CreatedAccount(AccountSummary account, String generatedPassword) {
}
