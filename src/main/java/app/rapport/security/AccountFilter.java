package app.rapport.security;

/** Search text (email or name, any case) and an optional role; both may be empty. */
public record AccountFilter(String text, Role role) {

    public static AccountFilter none() {
        return new AccountFilter(null, null);
    }
}
