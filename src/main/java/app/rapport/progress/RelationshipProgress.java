package app.rapport.progress;

import app.rapport.pairing.RelationshipStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * A relationship's progress page over a range of weeks: who, the program's stall threshold (weeks
 * in a longer gap are marked), the health score now with its reasons (null before the metrics were
 * first computed), the weeks of the range and each goal's line over the same weeks.
 */
public record RelationshipProgress(long relationshipId, long programId, String programName, String mentorName,
        String menteeName, RelationshipStatus status, boolean party, int stallThresholdDays, LocalDate startedOn,
        LocalDate from, LocalDate to, Health health, LocalDate computedOn, List<WeekMetrics> weeks,
        List<GoalLine> goals) {

    /** A goal's progress (0-100) at the end of each week of the range; null before it was set. */
    public record GoalLine(long goalId, String title, List<Integer> progress) {
    }

    public int mentorAsks() {
        return weeks.stream().mapToInt(WeekMetrics::mentorAsks).sum();
    }

    public int menteeAsks() {
        return weeks.stream().mapToInt(WeekMetrics::menteeAsks).sum();
    }

    public int mentorGives() {
        return weeks.stream().mapToInt(WeekMetrics::mentorGives).sum();
    }

    public int menteeGives() {
        return weeks.stream().mapToInt(WeekMetrics::menteeGives).sum();
    }
}
