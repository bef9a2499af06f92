package app.rapport.security;

import java.time.Instant;

/** The new address a person asked for and has not confirmed yet, and until when its link works. */
public record PendingEmailChange(String newEmail, Instant requestedAt, Instant expiresAt) {
}
