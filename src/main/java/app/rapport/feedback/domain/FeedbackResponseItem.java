package app.rapport.feedback.domain;

import app.rapport.base.AbstractEntity;
import app.rapport.feedback.FeedbackAnswer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A peer's answer to one request; checked by the service first. Its times are never shown, and
 * neither is the answer itself: others see its published copy (see {@link #publish()}).
 */
@Entity
@Table(name = "feedback_response")
public class FeedbackResponseItem extends AbstractEntity {

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "round_id", nullable = false, updatable = false)
    private Long roundId;

    @Column(name = "rapport_rating")
    private Short rapport;

    @Column(name = "give_and_take_rating")
    private Short giveAndTake;

    @Column(name = "communication_rating")
    private Short communication;

    @Column(name = "advice", nullable = false, length = FeedbackAnswer.ADVICE_MAX)
    private String advice;

    @Column(name = "signed_with_name", nullable = false)
    private boolean signed;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "pending", nullable = false)
    private boolean pending;

    @Column(name = "published_rapport")
    private Short publishedRapport;

    @Column(name = "published_give_and_take")
    private Short publishedGiveAndTake;

    @Column(name = "published_communication")
    private Short publishedCommunication;

    @Column(name = "published_advice", length = FeedbackAnswer.ADVICE_MAX)
    private String publishedAdvice;

    @Column(name = "published_signed")
    private Boolean publishedSigned;

    protected FeedbackResponseItem() {
    }

    /** {@code answer} holds checked values (advice stripped). */
    public FeedbackResponseItem(long requestId, long roundId, FeedbackAnswer answer, Instant now) {
        this.requestId = requestId;
        this.roundId = roundId;
        this.createdAt = now;
        change(answer, now);
    }

    public void change(FeedbackAnswer answer, Instant now) {
        this.rapport = shortOrNull(answer.rapport());
        this.giveAndTake = shortOrNull(answer.giveAndTake());
        this.communication = shortOrNull(answer.communication());
        this.advice = answer.advice();
        this.signed = answer.signed();
        this.updatedAt = now;
        this.pending = true;
    }

    /** The answer as it is now becomes what others see of it. */
    public void publish() {
        publishedRapport = rapport;
        publishedGiveAndTake = giveAndTake;
        publishedCommunication = communication;
        publishedAdvice = advice;
        publishedSigned = signed;
        pending = false;
    }

    /** Changed (or new) since it was last published. */
    public boolean isPending() {
        return pending;
    }

    /** What others see of this answer: its last published copy, empty if it was never published. */
    public Optional<FeedbackAnswer> published() {
        if (publishedAdvice == null) {
            return Optional.empty();
        }
        return Optional.of(new FeedbackAnswer(intOrNull(publishedRapport), intOrNull(publishedGiveAndTake),
                intOrNull(publishedCommunication), publishedAdvice, Boolean.TRUE.equals(publishedSigned)));
    }

    private static Short shortOrNull(Integer value) {
        return value == null ? null : value.shortValue();
    }

    private static Integer intOrNull(Short value) {
        return value == null ? null : value.intValue();
    }

    public FeedbackAnswer answer() {
        return new FeedbackAnswer(intOrNull(rapport), intOrNull(giveAndTake), intOrNull(communication), advice, signed);
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getRoundId() {
        return roundId;
    }
}
