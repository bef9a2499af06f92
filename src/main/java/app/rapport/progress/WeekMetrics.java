package app.rapport.progress;

import java.time.LocalDate;

/**
 * One relationship's metrics for one ISO week (Monday to Sunday, UTC): interactions and their
 * minutes, help asked and given by each side, each side's average check-in rating and the peers'
 * (1-5, null when there was none that week), the average goal progress at the week's end (null
 * without goals), the days since the previous interaction at the week's end (or since the start),
 * and the health score as of the week's end.
 */
public record WeekMetrics(LocalDate weekStart, int interactions, int minutes, int mentorAsks, int menteeAsks,
        int mentorGives, int menteeGives, Double mentorRating, Double menteeRating, Double peerRating,
        Integer goalProgress, int daysSinceInteraction, int health) {

    /** The week ends inside a gap longer than the program's stall threshold. */
    public boolean gap(int stallThresholdDays) {
        return daysSinceInteraction > stallThresholdDays;
    }
}
