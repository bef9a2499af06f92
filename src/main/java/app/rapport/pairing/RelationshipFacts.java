package app.rapport.pairing;

import java.time.Instant;

/** Who is paired in a relationship and where it stands, for features that hang their data on it. */
public record RelationshipFacts(long id, long programId, long mentorAccountId, long menteeAccountId,
        String mentorName, String menteeName, RelationshipStatus status, Instant proposedAt, Instant startedAt,
        Instant closedAt) {

    public boolean isParty(long accountId) {
        return mentorAccountId == accountId || menteeAccountId == accountId;
    }
}
