package app.rapport.workspace.domain;

import java.time.Instant;

/** One recorded step of a goal's progress. */
public record GoalStepFacts(long goalId, Instant recordedAt, short progress) {
}
