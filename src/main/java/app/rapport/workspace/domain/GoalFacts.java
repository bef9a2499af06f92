package app.rapport.workspace.domain;

import java.time.Instant;

/** What progress derives from a goal: its title and when it was set. */
public record GoalFacts(long goalId, long relationshipId, String title, Instant createdAt) {
}
