package app.rapport.feedback.domain;

import app.rapport.base.AbstractEntity;
import app.rapport.feedback.RequestStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** The request to one peer within a round; the service checks every move first. */
@Entity
@Table(name = "feedback_request")
public class FeedbackRequestItem extends AbstractEntity {

    @Column(name = "round_id", nullable = false, updatable = false)
    private Long roundId;

    @Column(name = "relationship_id", nullable = false, updatable = false)
    private Long relationshipId;

    @Column(name = "peer_account_id", nullable = false, updatable = false)
    private Long peerAccountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private RequestStatus status;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private Instant askedAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    /** Every save of an answer changes the row, so the version moves even when the clock does not. */
    @Column(name = "answer_saves", nullable = false)
    private int answerSaves;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected FeedbackRequestItem() {
    }

    public FeedbackRequestItem(long roundId, long relationshipId, long peerAccountId, Instant now) {
        this.roundId = roundId;
        this.relationshipId = relationshipId;
        this.peerAccountId = peerAccountId;
        this.status = RequestStatus.OPEN;
        this.askedAt = now;
        this.updatedAt = now;
    }

    public void answered(Instant now) {
        this.status = RequestStatus.ANSWERED;
        this.answerSaves++;
        this.updatedAt = now;
    }

    public void decline(Instant now) {
        this.status = RequestStatus.DECLINED;
        this.updatedAt = now;
    }

    public void cancel(Instant now) {
        this.status = RequestStatus.CANCELLED;
        this.updatedAt = now;
    }

    public void remind(Instant now) {
        this.remindedAt = now;
        this.updatedAt = now;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getRelationshipId() {
        return relationshipId;
    }

    public Long getPeerAccountId() {
        return peerAccountId;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }
}
