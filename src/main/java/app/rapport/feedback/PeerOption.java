package app.rapport.feedback;

/** Someone who may be asked for feedback on a relationship. */
public record PeerOption(long accountId, String name, String email) {
}
