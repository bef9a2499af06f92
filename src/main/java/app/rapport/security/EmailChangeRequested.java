package app.rapport.security;

import java.time.Instant;

/**
 * A signed-in person asked to move their account to a new address: the mail to the new address
 * carries the confirmation link (no link, and a word that nothing changed, when another account
 * has that address), and a notice goes to the old one. Published inside the request's
 * transaction, so the mail is queued with it. The token is the link's secret: never logged.
 */
public record EmailChangeRequested(long accountId, String displayName, String oldEmail, String newEmail,
        Long tokenId, String token, Instant expiresAt) {

    /** Whether the new address belongs to another account, so no link was made. */
    public boolean addressTaken() {
        return token == null;
    }

    @Override
    public String toString() {
        return "EmailChangeRequested[accountId=" + accountId + ", addressTaken=" + addressTaken() + "]";
    }
}
