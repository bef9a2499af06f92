package app.rapport.security;

import java.time.Instant;

/**
 * How one account's invitation stands: its state, when the link runs out (null when none is out),
 * how many times it was sent, when last, and the mail server's refusal when it bounced.
 */
public record InvitationStatus(long accountId, InvitationState state, Instant expiresAt, int sentCount,
        Instant lastSentAt, String bounceError) {

    public static InvitationStatus notInvited(long accountId) {
        return new InvitationStatus(accountId, InvitationState.NOT_INVITED, null, 0, null, null);
    }
}
