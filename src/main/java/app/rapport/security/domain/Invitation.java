package app.rapport.security.domain;

import app.rapport.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The invitation of one account: the link now out (a resend or the reminder replaces it, expiring
 * with the invitation unless a resend renews it), how often it was sent, whether its mail bounced,
 * and when the person accepted it by choosing a password.
 */
@Entity
@Table(name = "invitation")
public class Invitation extends AbstractEntity {

    public static final int INVITED_TO_MAX = 200;
    public static final int ERROR_MAX = 1000;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "invited_by")
    private Long invitedBy;

    @Column(name = "invited_to", length = INVITED_TO_MAX)
    private String invitedTo;

    @Column(name = "link_token_id", nullable = false)
    private Long linkTokenId;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "sent_count", nullable = false)
    private int sentCount;

    @Column(name = "first_sent_at", nullable = false)
    private Instant firstSentAt;

    @Column(name = "last_sent_at", nullable = false)
    private Instant lastSentAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "bounced_at")
    private Instant bouncedAt;

    @Column(name = "bounce_error", length = ERROR_MAX)
    private String bounceError;

    protected Invitation() {
    }

    public Invitation(long accountId, Instant now) {
        this.accountId = accountId;
        this.firstSentAt = now;
    }

    /** A new link went out, by someone's hand: the invitation starts over, with its reminder still to come. */
    public void sent(long linkTokenId, Instant expiresAt, Long invitedBy, String invitedTo, Instant now) {
        this.linkTokenId = linkTokenId;
        this.expiresAt = expiresAt;
        this.invitedBy = invitedBy;
        if (invitedTo != null) {
            this.invitedTo = invitedTo.length() > INVITED_TO_MAX ? invitedTo.substring(0, INVITED_TO_MAX) : invitedTo;
        }
        this.sentCount++;
        this.lastSentAt = now;
        this.remindedAt = null;
        this.bouncedAt = null;
        this.bounceError = null;
    }

    /** The automatic reminder went out with a new link that ends when the invitation does. */
    public void reminded(long linkTokenId, Instant now) {
        this.linkTokenId = linkTokenId;
        this.sentCount++;
        this.remindedAt = now;
    }

    public void accepted(Instant now) {
        this.acceptedAt = now;
    }

    public void bounced(String error, Instant now) {
        this.bouncedAt = now;
        this.bounceError = error == null ? null : error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getInvitedBy() {
        return invitedBy;
    }

    public String getInvitedTo() {
        return invitedTo;
    }

    public Long getLinkTokenId() {
        return linkTokenId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public int getSentCount() {
        return sentCount;
    }

    public Instant getFirstSentAt() {
        return firstSentAt;
    }

    public Instant getLastSentAt() {
        return lastSentAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Instant getBouncedAt() {
        return bouncedAt;
    }

    public String getBounceError() {
        return bounceError;
    }
}
