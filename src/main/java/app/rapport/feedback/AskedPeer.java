package app.rapport.feedback;

/** A colleague a round asked, as its requester may withdraw the request (never with its answer status). */
public record AskedPeer(long accountId, String name) {
}
