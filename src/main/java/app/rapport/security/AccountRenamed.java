package app.rapport.security;

/** Published when an account's display name changes, for features that show or copy it. */
public record AccountRenamed(long accountId, String displayName) {
}
