package app.rapport.pairing.matching;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.DoubleConsumer;

/**
 * Optimal bulk matching of {@code m} mentees to {@code k} mentors.
 *
 * <p><b>Problem.</b> {@code scores[i][j]} is the match score (0..100) of mentee {@code i} with
 * mentor {@code j}, or {@link #FORBIDDEN} when a hard constraint rules the pair out;
 * {@code capacities[j]} is how many more mentees mentor {@code j} may take. An assignment gives
 * each mentee at most one mentor, no mentor more mentees than its capacity, and uses no forbidden
 * pair.
 *
 * <p><b>Objective.</b> Among all assignments the solver returns one that maximises,
 * lexicographically, first the total score and then the number of paired mentees. Both are folded
 * into one exact integer weight per pair, {@code score * (m + 1) + 1} (a {@code long}): at most
 * {@code m} pairs exist, so their count adds at most {@code m < m + 1}, and one point of score
 * therefore outweighs any number of extra pairs. Hence a pair scoring 0 is still made when it
 * costs no score, and a higher total score is never given up to pair more mentees.
 *
 * <p><b>Algorithm.</b> Successive shortest augmenting paths with node potentials, i.e. the
 * Hungarian method (Kuhn 1955, Munkres 1957) in its primal-dual form for the transportation
 * problem, with Dijkstra on reduced costs as in Edmonds &amp; Karp (1972) and Tomizawa (1971); see
 * Ahuja, Magnanti &amp; Orlin, <i>Network Flows</i> (1993), chapters 9 and 12. Mentees are
 * added one at a time. For each, a dense Dijkstra over the mentors (O(k) per step, as in
 * Jonker &amp; Volgenant 1987) looks for the cheapest way to seat it: a path ends at a mentor with
 * spare capacity or at the "stay unpaired" option; through a full mentor it continues via the
 * mentees currently assigned to it, who would move on. The potentials keep all reduced costs
 * non-negative and every assigned pair tight, which is the LP optimality certificate: after each
 * mentee the assignment is optimal for the mentees added so far, so the final one is optimal.
 * Worst case O(m * k * (k + m)); on realistic instances the searches stay short (2,000 x 800 in
 * well under a second, see docs/adr/0004-optimal-matching.md).
 *
 * <p>The result is deterministic (same input, same assignment). The class is stateless and
 * thread-safe; each call works on its own arrays and never changes the caller's.
 */
public final class OptimalMatcher {

    /** Score marking a pair that a hard constraint forbids. */
    public static final int FORBIDDEN = -1;

    /** Highest allowed score. */
    public static final int MAX_SCORE = 100;

    /** Largest number of mentees accepted; keeps the solver's long arithmetic exact. */
    public static final int MAX_MENTEES = 1_000_000;

    private static final int PROGRESS_STEPS = 100;

    private OptimalMatcher() {
    }

    /** As {@link #solve(int[][], int[], DoubleConsumer)}, without progress reports. */
    public static int[] solve(int[][] scores, int[] capacities) {
        return solve(scores, capacities, fraction -> {
        });
    }

    /**
     * Finds an optimal assignment (see the class comment for the objective).
     *
     * @param scores     m x k matrix, each entry 0..100 or {@link #FORBIDDEN}
     * @param capacities k entries, each at least 0
     * @param progress   receives the fraction done, 0..1, non-decreasing, at most about 100 times,
     *                   ending with exactly 1.0
     * @return {@code mentorOf}, where {@code mentorOf[i]} is the index of mentee {@code i}'s mentor,
     *         or {@link Assignments#UNPAIRED} (-1)
     * @throws IllegalArgumentException when the input is malformed
     * @throws CancellationException    when the calling thread is interrupted; its interrupt flag
     *                                  stays set
     */
    public static int[] solve(int[][] scores, int[] capacities, DoubleConsumer progress) {
        validate(scores, capacities);
        if (scores.length > MAX_MENTEES) {
            throw new IllegalArgumentException(scores.length + " mentees; at most " + MAX_MENTEES + " are supported");
        }
        if (progress == null) {
            throw new IllegalArgumentException("progress must not be null");
        }
        return new Solver(scores, capacities).run(progress);
    }

    /** Shared with {@link GreedyMatcher}, so both reject the same inputs with the same messages. */
    static void validate(int[][] scores, int[] capacities) {
        if (scores == null) {
            throw new IllegalArgumentException("scores must not be null");
        }
        if (capacities == null) {
            throw new IllegalArgumentException("capacities must not be null");
        }
        int mentors = capacities.length;
        for (int j = 0; j < mentors; j++) {
            if (capacities[j] < 0) {
                throw new IllegalArgumentException("capacity of mentor " + j + " is " + capacities[j]
                        + "; capacities must be >= 0");
            }
        }
        for (int i = 0; i < scores.length; i++) {
            int[] row = scores[i];
            if (row == null) {
                throw new IllegalArgumentException("scores row of mentee " + i + " is null");
            }
            if (row.length != mentors) {
                throw new IllegalArgumentException("scores row of mentee " + i + " has " + row.length
                        + " entries, expected one per mentor (" + mentors + ", the length of capacities)");
            }
            for (int j = 0; j < mentors; j++) {
                if (row[j] < FORBIDDEN || row[j] > MAX_SCORE) {
                    throw new IllegalArgumentException("scores[" + i + "][" + j + "] is " + row[j]
                            + "; expected 0.." + MAX_SCORE + " or FORBIDDEN (" + FORBIDDEN + ")");
                }
            }
        }
    }

    /**
     * One run of the algorithm. In min-cost terms a pair costs {@code -weight}, staying unpaired
     * costs 0, and the "unpaired" node has potential 0 and unbounded capacity.
     */
    private static final class Solver {

        private static final long UNREACHED = 1L << 60;
        private static final long FORBIDDEN_PENALTY = 1L << 61;
        private static final int UNPAIRED = Assignments.UNPAIRED;

        private final int[][] scores;
        private final int mentees;
        // weightOf[score + 1] is a pair's weight. A forbidden pair gets a weight so negative that
        // any path through it is longer than UNREACHED: the hottest loop then needs no branch on
        // FORBIDDEN, which measured 1.6 times faster. Real distances and potentials are bounded by
        // a simple path's cost, (m + k + 1) * (100 * (m + 1) + 1), below 2^58 for MAX_MENTEES, so
        // neither they nor the penalty overflow.
        private final long[] weightOf = new long[MAX_SCORE + 2];

        private final int[] mentorOf;
        private final int[] room;
        // Each mentor's current mentees as an intrusive doubly linked list, so a path can move a
        // mentee between mentors in O(1) without collections.
        private final int[] firstMentee;
        private final int[] nextMentee;
        private final int[] previousMentee;

        // Potentials: a mentor's stays 0 while it has room (then it may end a path at no extra
        // cost) and only falls once it is full; a seated mentee's is >= 0 (the unpaired option
        // never looks cheaper than it is).
        private final long[] menteePotential;
        private final long[] mentorPotential;

        // Dijkstra scratch space, reused for every mentee.
        private final long[] distance;
        private final int[] reachedVia;
        private final int[] usableMentors;
        private final int[] open;
        private final int[] settled;

        Solver(int[][] scores, int[] capacities) {
            this.scores = scores;
            this.mentees = scores.length;
            weightOf[0] = -FORBIDDEN_PENALTY;
            for (int score = 0; score <= MAX_SCORE; score++) {
                weightOf[score + 1] = score * (mentees + 1L) + 1;
            }
            int mentors = capacities.length;
            mentorOf = new int[mentees];
            Arrays.fill(mentorOf, UNPAIRED);
            room = capacities.clone();
            firstMentee = new int[mentors];
            Arrays.fill(firstMentee, -1);
            nextMentee = new int[mentees];
            previousMentee = new int[mentees];
            menteePotential = new long[mentees];
            mentorPotential = new long[mentors];
            distance = new long[mentors];
            reachedVia = new int[mentors];
            settled = new int[mentors];
            open = new int[mentors];
            // A mentor without capacity can neither end nor carry a path.
            int usable = 0;
            int[] candidates = new int[mentors];
            for (int j = 0; j < mentors; j++) {
                if (capacities[j] > 0) {
                    candidates[usable++] = j;
                }
            }
            usableMentors = Arrays.copyOf(candidates, usable);
        }

        int[] run(DoubleConsumer progress) {
            int step = Math.max(1, (mentees + PROGRESS_STEPS - 1) / PROGRESS_STEPS);
            for (int mentee = 0; mentee < mentees; mentee++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("bulk matching was interrupted");
                }
                seat(mentee);
                int done = mentee + 1;
                if (done % step == 0 && done < mentees) {
                    progress.accept((double) done / mentees);
                }
            }
            progress.accept(1.0);
            return mentorOf.clone();
        }

        /** Adds one mentee along a shortest augmenting path; keeps the assignment optimal. */
        private void seat(int newcomer) {
            int openCount = usableMentors.length;
            System.arraycopy(usableMentors, 0, open, 0, openCount);
            int[] newcomerScores = scores[newcomer];
            for (int p = 0; p < openCount; p++) {
                int mentor = open[p];
                int score = newcomerScores[mentor];
                // The newcomer's own potential is 0; its arcs may be negative, which Dijkstra
                // tolerates because nothing leads back into the source.
                distance[mentor] = score == FORBIDDEN ? UNREACHED : -weightOf[score + 1] - mentorPotential[mentor];
                reachedVia[mentor] = newcomer;
            }
            long unpairedDistance = 0;
            int unpairedVia = newcomer;

            int settledCount = 0;
            int end;
            long endDistance;
            while (true) {
                int bestPosition = -1;
                long bestDistance = unpairedDistance;
                boolean bestEndsPath = true;
                for (int p = 0; p < openCount; p++) {
                    int mentor = open[p];
                    long d = distance[mentor];
                    if (d < bestDistance) {
                        bestDistance = d;
                        bestPosition = p;
                        bestEndsPath = room[mentor] > 0;
                    } else if (d == bestDistance && !bestEndsPath && room[mentor] > 0) {
                        // Equal scores make wide plateaus of equal distance; ending the path at a
                        // mentor with room there avoids settling the whole plateau first.
                        bestPosition = p;
                        bestEndsPath = true;
                    }
                }
                if (bestPosition < 0) {
                    end = UNPAIRED;
                    endDistance = unpairedDistance;
                    break;
                }
                int best = open[bestPosition];
                if (bestEndsPath) {
                    end = best;
                    endDistance = bestDistance;
                    break;
                }
                open[bestPosition] = open[--openCount];
                settled[settledCount++] = best;
                // Assigned pairs are tight, so reaching a full mentor reaches its mentees at the
                // same distance; from each, try every other mentor and the unpaired option.
                for (int held = firstMentee[best]; held >= 0; held = nextMentee[held]) {
                    long base = bestDistance + menteePotential[held];
                    if (base < unpairedDistance) {
                        unpairedDistance = base;
                        unpairedVia = held;
                    }
                    int[] heldScores = scores[held];
                    for (int p = 0; p < openCount; p++) {
                        int mentor = open[p];
                        long d = base - weightOf[heldScores[mentor] + 1] - mentorPotential[mentor];
                        if (d < distance[mentor]) {
                            distance[mentor] = d;
                            reachedVia[mentor] = held;
                        }
                    }
                }
            }

            // Potentials move by (distance - endDistance) <= 0 on everything the search settled,
            // which keeps every reduced cost non-negative and the path's arcs tight.
            for (int s = 0; s < settledCount; s++) {
                int mentor = settled[s];
                long shift = distance[mentor] - endDistance;
                mentorPotential[mentor] += shift;
                for (int held = firstMentee[mentor]; held >= 0; held = nextMentee[held]) {
                    menteePotential[held] += shift;
                }
            }
            menteePotential[newcomer] = -endDistance;

            augment(newcomer, end, end == UNPAIRED ? unpairedVia : reachedVia[end]);
        }

        /** Walks the path back from its end, moving each mentee on it one mentor further. */
        private void augment(int newcomer, int end, int lastMentee) {
            int target = end;
            int mentee = lastMentee;
            while (true) {
                int previous = mentorOf[mentee];
                if (mentee != newcomer) {
                    unlink(mentee, previous);
                }
                if (target != UNPAIRED) {
                    link(mentee, target);
                }
                mentorOf[mentee] = target;
                if (mentee == newcomer) {
                    return;
                }
                target = previous;
                mentee = reachedVia[target];
            }
        }

        private void link(int mentee, int mentor) {
            int head = firstMentee[mentor];
            nextMentee[mentee] = head;
            previousMentee[mentee] = -1;
            if (head >= 0) {
                previousMentee[head] = mentee;
            }
            firstMentee[mentor] = mentee;
            room[mentor]--;
        }

        private void unlink(int mentee, int mentor) {
            int before = previousMentee[mentee];
            int after = nextMentee[mentee];
            if (before >= 0) {
                nextMentee[before] = after;
            } else {
                firstMentee[mentor] = after;
            }
            if (after >= 0) {
                previousMentee[after] = before;
            }
            room[mentor]++;
        }
    }
}
