package app.rapport.pairing.matching;

import java.util.Arrays;

/**
 * The simple baseline that bulk matching is compared with: go through all allowed pairs by score,
 * highest first (ties: lower mentee index, then lower mentor index), and take a pair whenever the
 * mentee is still free and the mentor still has room. Fast and easy to explain, but it can lose
 * much total score against {@link OptimalMatcher}: one early high pair may block two good ones.
 */
public final class GreedyMatcher {

    private GreedyMatcher() {
    }

    /**
     * Greedy assignment; same input rules and result shape as
     * {@link OptimalMatcher#solve(int[][], int[])}.
     *
     * @throws IllegalArgumentException when the input is malformed
     */
    public static int[] solve(int[][] scores, int[] capacities) {
        OptimalMatcher.validate(scores, capacities);
        int mentees = scores.length;
        int mentors = capacities.length;

        // Counting sort by score: row-major filling within a score keeps the tie order
        // (mentee, then mentor) without a comparator or boxing.
        int[] start = new int[OptimalMatcher.MAX_SCORE + 2];
        for (int[] row : scores) {
            for (int score : row) {
                if (score != OptimalMatcher.FORBIDDEN) {
                    start[OptimalMatcher.MAX_SCORE - score + 1]++;
                }
            }
        }
        for (int b = 1; b < start.length; b++) {
            start[b] += start[b - 1];
        }
        int pairs = start[start.length - 1];
        int[] pairMentee = new int[pairs];
        int[] pairMentor = new int[pairs];
        for (int i = 0; i < mentees; i++) {
            for (int j = 0; j < mentors; j++) {
                int score = scores[i][j];
                if (score != OptimalMatcher.FORBIDDEN) {
                    int slot = start[OptimalMatcher.MAX_SCORE - score]++;
                    pairMentee[slot] = i;
                    pairMentor[slot] = j;
                }
            }
        }

        int[] mentorOf = new int[mentees];
        Arrays.fill(mentorOf, Assignments.UNPAIRED);
        int[] room = capacities.clone();
        for (int p = 0; p < pairs; p++) {
            int mentee = pairMentee[p];
            int mentor = pairMentor[p];
            if (mentorOf[mentee] == Assignments.UNPAIRED && room[mentor] > 0) {
                mentorOf[mentee] = mentor;
                room[mentor]--;
            }
        }
        return mentorOf;
    }
}
