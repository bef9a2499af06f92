package app.rapport.security;

import java.time.Instant;

/**
 * A "forgot password" link was made for an account; published inside the transaction that stored
 * it, so the mail that carries the link is written with it or not at all. The token lives only in
 * this event and in that mail.
 */
public record PasswordResetLinkIssued(long accountId, String email, String displayName, long tokenId,
        String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "PasswordResetLinkIssued[accountId=" + accountId + ", expiresAt=" + expiresAt + "]";
    }
}
