package app.rapport.security;

/** Who someone is, as other features show them: account id, name and email. */
public record PersonRef(long id, String displayName, String email) {
}
