package app.rapport.security.domain;

import app.rapport.base.AbstractEntity;
import app.rapport.security.LinkPurpose;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One emailed link: the digest of its token, whose account it opens, for what, until when, and whether used. */
@Entity
@Table(name = "link_token")
public class LinkToken extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 30)
    private LinkPurpose purpose;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected LinkToken() {
    }

    public LinkToken(LinkPurpose purpose, long accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.purpose = purpose;
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public LinkPurpose getPurpose() {
        return purpose;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    /** Marks the link used; a later use, or a replaced link, opens nothing. */
    public void use(Instant now) {
        this.usedAt = now;
    }
}
