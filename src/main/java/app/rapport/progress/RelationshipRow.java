package app.rapport.progress;

import app.rapport.pairing.RelationshipStatus;
import java.time.LocalDate;

/**
 * A relationship with its metrics, as the dashboard lists and exports it: totals since the start,
 * each side's average check-in rating over the last 8 weeks, the latest visible peer rating, the
 * goals' average progress, and health now and 4 weeks ago.
 */
public record RelationshipRow(long relationshipId, String mentorName, String menteeName, RelationshipStatus status,
        LocalDate startedOn, LocalDate lastInteractionOn, int interactions, int minutes, int mentorAsks,
        int menteeAsks, int mentorGives, int menteeGives, Double mentorRating, Double menteeRating, Double peerRating,
        Integer goalProgress, Integer health, Integer healthFourWeeksAgo, boolean oneSided) {

    static RelationshipRow of(Projection.Summary s) {
        return new RelationshipRow(s.relationshipId(), s.mentorName(), s.menteeName(), s.status(), s.startedOn(),
                s.lastInteractionOn(), s.interactions(), s.minutes(), s.mentorAsks(), s.menteeAsks(), s.mentorGives(),
                s.menteeGives(), s.mentorRating(), s.menteeRating(), s.peerRating(), s.goalProgress(), s.health(),
                s.healthFourWeeksAgo(), s.oneSided());
    }
}
