package app.rapport.pairing;

import java.time.Instant;
import java.util.List;

/** A relationship as lists, the portal and the console show it; {@code version} guards stale actions. */
public record RelationshipSummary(long id, long programId, long mentorEnrolmentId, long menteeEnrolmentId,
        long mentorAccountId, long menteeAccountId, String mentorName, String menteeName, RelationshipStatus status,
        Integer matchScore, List<String> matchReasons, Instant proposedAt, Instant mentorAcceptedAt,
        Instant menteeAcceptedAt, Instant startedAt, Instant closedAt, String closeReason, long version) {

    public RelationshipSummary {
        matchReasons = List.copyOf(matchReasons);
    }

    public boolean isParty(long accountId) {
        return mentorAccountId == accountId || menteeAccountId == accountId;
    }

    /** Whether this proposal waits for this person's answer. */
    public boolean waitsFor(long accountId) {
        return status == RelationshipStatus.PROPOSED
                && ((mentorAccountId == accountId && mentorAcceptedAt == null)
                        || (menteeAccountId == accountId && menteeAcceptedAt == null));
    }

    /**
     * A proposal nobody has answered yet, which its coordinators may withdraw; once one side has
     * accepted, it is theirs to decline.
     */
    public boolean withdrawable() {
        return status == RelationshipStatus.PROPOSED && mentorAcceptedAt == null && menteeAcceptedAt == null;
    }
}
