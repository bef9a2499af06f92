package app.rapport.security.domain;

import java.time.Instant;

/** An account's standing for invitations; the invitation's fields are null when it was never invited. */
public record InvitationRow(long accountId, boolean enabled, Instant firstSignedInAt, Instant expiresAt,
        Instant lastSentAt, Integer sentCount, Instant acceptedAt, Instant bouncedAt, String bounceError) {
}
