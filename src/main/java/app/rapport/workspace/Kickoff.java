package app.rapport.workspace;

import java.time.Instant;

/**
 * What one side wants from the relationship, as written at kick-off, and whether they see it as a
 * relationship to build rather than a one-off transaction. Edited at {@code version}.
 */
public record Kickoff(long id, long relationshipId, Side side, long authorId, String authorName, String wants,
        boolean seesRelationship, Instant writtenAt, Instant updatedAt, long version) {

    public boolean edited() {
        return updatedAt.isAfter(writtenAt);
    }
}
