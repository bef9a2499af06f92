package app.rapport.feedback;

/** A program's peer-feedback settings; {@code version} guards stale edits. */
public record FeedbackSettings(long programId, boolean coordinatorsSeeIdentity, long version) {
}
