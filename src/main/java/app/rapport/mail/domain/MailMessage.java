package app.rapport.mail.domain;

import app.rapport.base.AbstractEntity;
import app.rapport.mail.MailKind;
import app.rapport.mail.MailStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message of the outbox, as it was rendered, and what became of it. */
@Entity
@Table(name = "mail_message")
public class MailMessage extends AbstractEntity {

    public static final int SUBJECT_MAX = 200;
    public static final int ERROR_MAX = 1000;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private MailKind kind;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "link_token_id")
    private Long linkTokenId;

    @Column(name = "subject", nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(name = "body_text", nullable = false, columnDefinition = "TEXT")
    private String bodyText;

    @Column(name = "body_html", nullable = false, columnDefinition = "TEXT")
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private MailStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected MailMessage() {
    }

    public MailMessage(MailKind kind, String recipient, Long accountId, Long linkTokenId, String subject,
            String bodyText, String bodyHtml, Instant now) {
        this.kind = kind;
        this.recipient = recipient;
        this.accountId = accountId;
        this.linkTokenId = linkTokenId;
        this.subject = subject;
        this.bodyText = bodyText;
        this.bodyHtml = bodyHtml;
        this.status = MailStatus.QUEUED;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public void sent(Instant now) {
        attempts++;
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** A failed attempt: tried again at {@code retryAt}, or given up on when that is null. */
    public void failed(String error, Instant retryAt) {
        attempts++;
        lastError = error == null ? "Unknown error" : error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        if (retryAt == null) {
            status = MailStatus.FAILED;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    public MailKind getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public Long getLinkTokenId() {
        return linkTokenId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
