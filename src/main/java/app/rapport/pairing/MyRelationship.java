package app.rapport.pairing;

/** One of the caller's relationships, seen from their side, for the portal home. */
public record MyRelationship(RelationshipSummary relationship, String programName, boolean asMentor) {

    public String partnerName() {
        return asMentor ? relationship.menteeName() : relationship.mentorName();
    }

    public boolean partnerAccepted() {
        return (asMentor ? relationship.menteeAcceptedAt() : relationship.mentorAcceptedAt()) != null;
    }
}
