package app.rapport.feedback;

/** One advice text of a round's results; {@code signedBy} is null unless the author may be named. */
public record Advice(String text, String signedBy) {
}
