package app.rapport.feedback;

import java.time.Instant;

/** Published in the transaction in which a round's results become visible (the answer that reaches the threshold). */
public record FeedbackRevealed(long relationshipId, long roundId, Instant at, int answers, Double rapport,
        Double giveAndTake, Double communication) {
}
