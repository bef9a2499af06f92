package app.rapport.pairing.matching;

/**
 * Measures an assignment as returned by {@link OptimalMatcher} and {@link GreedyMatcher}:
 * {@code mentorOf[i]} is the mentor of mentee {@code i}, or {@code -1} when the mentee is unpaired.
 */
public final class Assignments {

    /** The value of {@code mentorOf[i]} for a mentee left without a mentor. */
    public static final int UNPAIRED = -1;

    private Assignments() {
    }

    /**
     * Sum of the scores of all pairs in the assignment.
     *
     * @throws IllegalArgumentException when the assignment does not fit the matrix or uses a
     *         forbidden pair, since such an assignment has no meaningful score
     */
    public static long totalScore(int[][] scores, int[] mentorOf) {
        if (scores == null || mentorOf == null) {
            throw new IllegalArgumentException("scores and mentorOf must not be null");
        }
        if (scores.length != mentorOf.length) {
            throw new IllegalArgumentException("mentorOf has " + mentorOf.length + " entries but there are "
                    + scores.length + " mentees");
        }
        long total = 0;
        for (int i = 0; i < mentorOf.length; i++) {
            int mentor = mentorOf[i];
            if (mentor == UNPAIRED) {
                continue;
            }
            if (mentor < 0 || mentor >= scores[i].length) {
                throw new IllegalArgumentException("mentee " + i + " has mentor " + mentor + ", which does not exist");
            }
            int score = scores[i][mentor];
            if (score == OptimalMatcher.FORBIDDEN) {
                throw new IllegalArgumentException("mentee " + i + " is paired with mentor " + mentor
                        + ", a forbidden pair");
            }
            total += score;
        }
        return total;
    }

    /** Number of mentees that have a mentor. */
    public static int pairedCount(int[] mentorOf) {
        if (mentorOf == null) {
            throw new IllegalArgumentException("mentorOf must not be null");
        }
        int paired = 0;
        for (int mentor : mentorOf) {
            if (mentor >= 0) {
                paired++;
            }
        }
        return paired;
    }
}
