package app.rapport.pairing;

import java.util.List;

/**
 * A bulk-matching preview: the optimal pairs, who stays unpaired and why, and the plan's total
 * score beside the total a greedy pass (best pairs first) would reach on the same cohort.
 */
public record MatchPlan(long programId, List<PlannedPair> pairs, List<Unmatched> unmatched, long totalScore,
        long greedyTotalScore, int greedyPairs, int mentorsWithRoom, long computeMillis) {

    public MatchPlan {
        pairs = List.copyOf(pairs);
        unmatched = List.copyOf(unmatched);
    }

    /** A pair the plan proposes, with its score and reasons. */
    public record PlannedPair(long menteeEnrolmentId, String menteeName, long mentorEnrolmentId, String mentorName,
            int score, List<String> reasons) {

        public PlannedPair {
            reasons = List.copyOf(reasons);
        }
    }

    /** A mentee the plan leaves unpaired, and why. */
    public record Unmatched(long menteeEnrolmentId, String menteeName, String reason) {
    }
}
