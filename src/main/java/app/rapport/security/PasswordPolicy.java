package app.rapport.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * What makes a password acceptable, and how generated passwords are made. One place, used by the
 * forms (to show the error next to the field) and by the service (to refuse it regardless).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; anything longer would be silently cut. */
    public static final int MAX_BYTES = 72;

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    /** The reason a password is refused, or empty when it is fine. */
    public static Optional<String> problem(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Use at most " + MAX_BYTES + " characters");
        }
        if (password.isBlank()) {
            return Optional.of("A password cannot be only spaces");
        }
        if (email != null && password.strip().equalsIgnoreCase(email.strip())) {
            return Optional.of("The password must not be your email address");
        }
        return Optional.empty();
    }

    /** A password an admin can read out: 16 characters without look-alikes (about 92 bits). */
    public static String generate() {
        var sb = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
