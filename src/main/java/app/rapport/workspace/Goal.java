package app.rapport.workspace;

import java.time.Instant;

/** A goal of a relationship with its current progress in percent; changed at {@code version}. */
public record Goal(long id, long relationshipId, String title, String description, int progress, GoalStatus status,
        long createdById, String createdByName, Instant createdAt, Instant updatedAt, Instant completedAt,
        long version) {

    public static final int PROGRESS_MIN = 0;
    public static final int PROGRESS_MAX = 100;

    public boolean completed() {
        return status == GoalStatus.COMPLETED;
    }
}
