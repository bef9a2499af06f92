package app.rapport.security;

import java.util.Locale;
import java.util.regex.Pattern;

/** Email addresses as Rapport keeps them: trimmed and lower case, so the login is case-insensitive. */
public final class Emails {

    /** Shared by the column and the form field. */
    public static final int MAX_LENGTH = 254;

    // Deliberately plain: one @, no spaces, a dot in the domain. Deliverability is the mail server's job.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private Emails() {
    }

    public static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String email) {
        var normalized = normalize(email);
        return !normalized.isEmpty() && normalized.length() <= MAX_LENGTH && SHAPE.matcher(normalized).matches();
    }
}
