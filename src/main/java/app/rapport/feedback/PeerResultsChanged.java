package app.rapport.feedback;

/**
 * Published when an answer arrives or changes in a round whose results are already visible, so
 * the aggregate the pair sees moved (the first reveal is {@link FeedbackRevealed}).
 */
public record PeerResultsChanged(long relationshipId, long roundId) {
}
