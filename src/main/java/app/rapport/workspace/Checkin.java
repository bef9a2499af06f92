package app.rapport.workspace;

import java.time.Instant;

/**
 * A check-in as the caller may see it. The ratings are seen by everyone who opens the workspace;
 * {@code reflection} is null for anyone but its author unless the author shared it.
 */
public record Checkin(long id, long relationshipId, Side side, String authorName, CheckinPeriod period,
        int connection, int trust, int value, String reflection, boolean reflectionShared, Instant createdAt,
        long version) {
}
