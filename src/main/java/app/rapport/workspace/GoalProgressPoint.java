package app.rapport.workspace;

import java.time.Instant;

/** One value a goal's progress took: when, how much (0-100 %), and who set it; for charts. */
public record GoalProgressPoint(long goalId, String goalTitle, Instant at, int progress, long actorId,
        String actorName) {
}
