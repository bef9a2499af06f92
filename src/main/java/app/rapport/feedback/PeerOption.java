package app.rapport.feedback;

/** Someone who may be asked for feedback on a relationship; {@code email} null for someone outside the program found by name. */
public record PeerOption(long accountId, String name, String email) {
}
