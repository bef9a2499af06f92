package app.rapport.feedback.domain;

import app.rapport.base.AbstractEntity;
import app.rapport.feedback.AskDraft;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One ask for feedback on a relationship, sent to several peers at once; checked by the service first. */
@Entity
@Table(name = "feedback_round")
public class FeedbackRoundItem extends AbstractEntity {

    @Column(name = "relationship_id", nullable = false, updatable = false)
    private Long relationshipId;

    @Column(name = "program_id", nullable = false, updatable = false)
    private Long programId;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private Long requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "ask_message", length = AskDraft.MESSAGE_MAX, updatable = false)
    private String message;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "answer_count", nullable = false)
    private int answerCount;

    @Column(name = "revealed_at")
    private Instant revealedAt;

    @Column(name = "anonymity_threshold", nullable = false, updatable = false)
    private short threshold;

    @Column(name = "coordinators_see_identity", nullable = false, updatable = false)
    private boolean coordinatorsSeeIdentity;

    protected FeedbackRoundItem() {
    }

    /**
     * {@code threshold} and {@code coordinatorsSeeIdentity} are the program's at the time of
     * asking, and stay the round's whatever the program changes later.
     */
    public FeedbackRoundItem(long relationshipId, long programId, long requestedBy, Instant requestedAt,
            String message, LocalDate dueOn, int threshold, boolean coordinatorsSeeIdentity) {
        this.threshold = (short) threshold;
        this.coordinatorsSeeIdentity = coordinatorsSeeIdentity;
        this.relationshipId = relationshipId;
        this.programId = programId;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.message = message;
        this.dueOn = dueOn;
    }

    /** Call with the round's row locked, so that concurrent first answers are counted one after the other. */
    public void countAnswer() {
        answerCount++;
    }

    public void reveal(Instant now) {
        this.revealedAt = now;
    }

    public Long getRelationshipId() {
        return relationshipId;
    }

    public Long getProgramId() {
        return programId;
    }

    public Long getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getMessage() {
        return message;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public int getAnswerCount() {
        return answerCount;
    }

    public Instant getRevealedAt() {
        return revealedAt;
    }

    /** The fewest answers the results show with, and the fewest changes a later publication holds. */
    public int getThreshold() {
        return threshold;
    }

    public boolean isCoordinatorsSeeIdentity() {
        return coordinatorsSeeIdentity;
    }
}
