package app.rapport.workspace;

import app.rapport.pairing.RelationshipFacts;
import app.rapport.pairing.RelationshipStatus;
import app.rapport.program.ProgramRef;

/**
 * Who is looking at a relationship's workspace, and what they may do there: {@code side} is the
 * caller's side when they are one of the pair, null for a coordinator or an admin (who read only).
 */
public record Viewer(RelationshipFacts relationship, ProgramRef program, long accountId, String displayName,
        Side side) {

    public boolean isParty() {
        return side != null;
    }

    /** The pair writes while the relationship is active and its program open; everyone else reads. */
    public boolean canWrite() {
        return isParty() && relationship.status() == RelationshipStatus.ACTIVE && !program.closed();
    }

    public String nameOf(Side s) {
        return s == Side.MENTOR ? relationship.mentorName() : relationship.menteeName();
    }

    public long accountOf(Side s) {
        return s == Side.MENTOR ? relationship.mentorAccountId() : relationship.menteeAccountId();
    }

    public String partnerName() {
        return side == null ? null : nameOf(side.other());
    }

    public long relationshipId() {
        return relationship.id();
    }
}
