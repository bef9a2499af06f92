package app.rapport.security;

/** Published when an account's email changes, for features that show or copy it. */
public record AccountEmailChanged(long accountId, String email) {
}
