package app.rapport.pairing;

import java.time.Instant;

/** Published in the same transaction as each step of a relationship's life, for its timeline. */
public record RelationshipMoved(long relationshipId, long programId, RelationshipStep.Kind kind,
        RelationshipStatus from, RelationshipStatus to, long actorId, String actorName, Instant at, String reason) {
}
