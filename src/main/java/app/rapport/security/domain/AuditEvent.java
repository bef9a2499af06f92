package app.rapport.security.domain;

import app.rapport.base.AbstractEntity;
import app.rapport.security.AuditEventType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the security audit log. Written once, never changed. */
@Entity
@Table(name = "security_audit_event")
public class AuditEvent extends AbstractEntity {

    public static final int DETAIL_MAX = 500;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 40)
    private AuditEventType type;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "actor_account_id")
    private Long actorAccountId;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "detail", length = DETAIL_MAX)
    private String detail;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, AuditEventType type, Long accountId, Long actorAccountId, String email,
            String detail) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.accountId = accountId;
        this.actorAccountId = actorAccountId;
        this.email = email;
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public AuditEventType getType() {
        return type;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getActorAccountId() {
        return actorAccountId;
    }

    public String getEmail() {
        return email;
    }

    public String getDetail() {
        return detail;
    }
}
