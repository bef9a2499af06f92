package app.rapport.pairing;

import java.time.Instant;

/** One step of a relationship's life, for its timeline: who did what, when, and why. */
public record RelationshipStep(Kind kind, RelationshipStatus from, RelationshipStatus to, long actorId,
        String actorName, Instant at, String reason) {

    /**
     * What happened; ACCEPTED is one side saying yes while the other has not yet; WITHDRAWN is a
     * coordinator taking back a proposal nobody had answered.
     */
    public enum Kind { PROPOSED, ACCEPTED, ACTIVATED, DECLINED, ENDED, COMPLETED, WITHDRAWN }
}
