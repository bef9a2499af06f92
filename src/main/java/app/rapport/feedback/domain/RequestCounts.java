package app.rapport.feedback.domain;

/** Requests asked (not cancelled) and how many of them are answered, as one query counts them. */
public record RequestCounts(long asked, long answered) {
}
