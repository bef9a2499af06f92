package app.rapport.workspace;

import java.time.Instant;

/** One thing that happened in a relationship: when, what kind, who did it, and what, in one line. */
public record TimelineEntry(long id, TimelineKind kind, Instant at, long actorId, String actorName, String summary) {
}
