package app.rapport.loaddata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A run planned in memory before a row is written: the program and its coordinator, the people,
 * the relationships with their steps, every started one's life and the interactions and check-ins
 * it holds, and the peer-feedback rounds.
 *
 * @param programStart   when the program began (its first relationships are proposed from then on)
 * @param programCreated when the coordinator created it, two weeks before
 * @param importedAt     when the participants were imported
 * @param lives          the started relationships' lives, in the order of {@code pairs}
 * @param interactions   how many interactions each life holds, by its place in {@code lives}
 * @param checkins       how many check-ins each life holds, likewise
 */
record LoadPlan(LoadDataSpec spec, Instant now, long programId, String runTag, String programName, Staff coordinator,
        Instant programStart, Instant programCreated, Instant importedAt, List<Person> mentors, List<Person> mentees,
        List<Pair> pairs, List<Life> lives, int[] interactions, int[] checkins, List<FeedbackPlanner.Round> rounds) {

    /** The program's settings, as a coordinator's defaults would be. */
    static final int CADENCE_DAYS = 14;
    static final int STALL_THRESHOLD_DAYS = 14;
    static final int ANONYMITY_THRESHOLD = 3;

    /** The mentors, then the mentees. */
    List<Person> participants() {
        var all = new ArrayList<Person>(mentors);
        all.addAll(mentees);
        return all;
    }

    /** The program's coordinator, who proposes every pairing and closes the closed ones. */
    record Staff(long id, String name, String email) {
    }
}
