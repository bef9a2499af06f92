package app.rapport.progress;

import app.rapport.pairing.RelationshipStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the read model keeps about one relationship, as computed from its history on one
 * day: the summary row, its weeks, its goals' weeks and its recent days.
 */
record Projection(Summary summary, List<WeekMetrics> weeks, List<GoalWeek> goalWeeks, List<Day> days) {

    /** The relationship's row on the dashboard: totals, recent averages, health and its reasons. */
    record Summary(long relationshipId, long programId, RelationshipStatus status, long mentorAccountId,
            long menteeAccountId, String mentorName, String menteeName, Instant proposedAt, LocalDate startedOn,
            LocalDate closedOn, LocalDate lastInteractionOn, int interactions, int minutes, int mentorAsks,
            int menteeAsks, int mentorGives, int menteeGives, Double mentorRating, Double menteeRating,
            Double peerRating, Integer goalProgress, Integer health, Integer healthFourWeeksAgo, boolean oneSided,
            String reasons, LocalDate computedOn) {
    }

    /** A goal's progress at the end of a week. */
    record GoalWeek(long goalId, String title, LocalDate weekStart, int progress) {
    }

    /**
     * Interactions and check-ins of one recent day, for the dashboard's last-30-days figures, with
     * the relationship's start while it is active (null otherwise).
     */
    record Day(LocalDate day, LocalDate activeSince, int interactions, int checkins) {
    }
}
