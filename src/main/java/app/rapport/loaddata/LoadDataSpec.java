package app.rapport.loaddata;

/**
 * How much one {@link LoadDataGenerator} run writes into its new program, and the seed that makes
 * it reproducible: the same spec on the same clock gives the same workspace every time.
 *
 * @param seed           seeds every random choice
 * @param mentors        mentor accounts and enrolments
 * @param mentees        mentee accounts and enrolments
 * @param relationships  relationships in all states, most of them active
 * @param interactions   interactions in total, spread over the started relationships
 * @param checkins       check-ins in total, at most one per side and 14-day period of a relationship
 * @param feedbackRounds peer-feedback rounds, each asking three or four peers
 * @param weeks          how long ago the program started; its history spans these weeks
 * @param timeline       whether to write the timeline entries the app writes with each change
 */
public record LoadDataSpec(long seed, int mentors, int mentees, int relationships, int interactions, int checkins,
        int feedbackRounds, int weeks, boolean timeline) {

    public LoadDataSpec {
        if (mentors < 1 || mentees < 1) {
            throw new IllegalArgumentException("A program needs at least one mentor and one mentee");
        }
        if (relationships < 0 || interactions < 0 || checkins < 0 || feedbackRounds < 0) {
            throw new IllegalArgumentException("Sizes cannot be negative");
        }
        if (weeks < 2 || weeks > 520) {
            throw new IllegalArgumentException("The program runs from 2 to 520 weeks");
        }
    }

    /**
     * The progress dashboard's benchmark: 2,000 mentors, 5,000 mentees, 5,000 relationships over six
     * months with 200,000 interactions, 50,000 check-ins and 1,000 feedback rounds; no timeline.
     */
    public static LoadDataSpec benchmark(long seed) {
        return new LoadDataSpec(seed, 2_000, 5_000, 5_000, 200_000, 50_000, 1_000, 26, false);
    }

    /**
     * The load tests' workspace: 5,000 participants and 2,500 relationships with six months of
     * history at a realistic rhythm (a meeting every week or two, fortnightly check-ins), peers asked
     * for feedback, and the timeline.
     */
    public static LoadDataSpec loadTest(long seed) {
        return new LoadDataSpec(seed, 1_500, 3_500, 2_500, 30_000, 30_000, 500, 26, true);
    }
}
