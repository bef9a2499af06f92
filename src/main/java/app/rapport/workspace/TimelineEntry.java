package app.rapport.workspace;

import java.time.Instant;

/**
 * One thing that happened in a relationship: when, what kind, who did it (no {@code actorId} when
 * no one person did: peer feedback revealed), and what, in one line.
 */
public record TimelineEntry(long id, TimelineKind kind, Instant at, Long actorId, String actorName, String summary) {
}
