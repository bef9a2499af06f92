package app.rapport.loaddata;

import static app.rapport.loaddata.LoadMath.pick;

import java.util.SplittableRandom;

/** What was asked for and given in an interaction, and by which side; each both or neither. */
record Help(String askedBy, String asked, String givenBy, String given) {

    static Help of(Shape shape, SplittableRandom rng) {
        boolean oneSided = shape == Shape.ONE_SIDED;
        if (rng.nextDouble() < shape.ask) {
            var askedBy = oneSided || rng.nextDouble() < (shape == Shape.THRIVING ? 0.7 : 0.85) ? Pair.MENTEE
                    : Pair.MENTOR;
            var asked = pick(rng, Pair.MENTEE.equals(askedBy) ? LoadTexts.MENTEE_ASKS : LoadTexts.MENTOR_ASKS);
            if (rng.nextDouble() >= shape.give) {
                return new Help(askedBy, asked, null, null);
            }
            var givenBy = Pair.MENTEE.equals(askedBy) ? Pair.MENTOR : Pair.MENTEE;
            return new Help(askedBy, asked, givenBy, given(givenBy, rng));
        }
        if (!oneSided && rng.nextDouble() < 0.2) {
            var givenBy = rng.nextDouble() < 0.8 ? Pair.MENTOR : Pair.MENTEE;
            return new Help(null, null, givenBy, given(givenBy, rng));
        }
        return new Help(null, null, null, null);
    }

    private static String given(String side, SplittableRandom rng) {
        return pick(rng, Pair.MENTOR.equals(side) ? LoadTexts.MENTOR_GIVES : LoadTexts.MENTEE_GIVES);
    }
}
