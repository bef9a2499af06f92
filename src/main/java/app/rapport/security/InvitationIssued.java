package app.rapport.security;

import java.time.Instant;

/**
 * An invitation link was made for an account (by someone's hand, or as the automatic reminder);
 * published inside the transaction that stored it, so the mail that carries it is written with it
 * or not at all. The token lives only in this event and in that mail. {@code invitedTo} names what
 * the person is invited to (a program), {@code invitedBy} who asked; either may be null.
 */
public record InvitationIssued(long accountId, String email, String displayName, String invitedTo,
        String invitedBy, long tokenId, String token, Instant expiresAt, boolean reminder) {

    @Override
    public String toString() {
        return "InvitationIssued[accountId=" + accountId + ", reminder=" + reminder + ", expiresAt=" + expiresAt + "]";
    }
}
