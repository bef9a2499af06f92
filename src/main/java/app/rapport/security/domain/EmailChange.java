package app.rapport.security.domain;

import app.rapport.base.AbstractEntity;
import app.rapport.security.Emails;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A new email address an account asked for, waiting for the link mailed to it to be opened. */
@Entity
@Table(name = "email_change")
public class EmailChange extends AbstractEntity {

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "new_email", nullable = false, length = Emails.MAX_LENGTH)
    private String newEmail;

    @Column(name = "link_token_id", nullable = false)
    private Long linkTokenId;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected EmailChange() {
    }

    public EmailChange(long accountId, String newEmail, long linkTokenId, Instant requestedAt) {
        this.accountId = accountId;
        renew(newEmail, linkTokenId, requestedAt);
    }

    /** A newer request: its address and link replace the pending ones. */
    public void renew(String newEmail, long linkTokenId, Instant requestedAt) {
        this.newEmail = Emails.normalize(newEmail);
        this.linkTokenId = linkTokenId;
        this.requestedAt = requestedAt;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public Long getLinkTokenId() {
        return linkTokenId;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }
}
