package app.rapport.loaddata;

import app.rapport.pairing.MatchScore;
import java.util.List;
import java.util.SplittableRandom;

/** Free mentoring slots; a pair takes the best of a few mentors who still have room. */
final class Slots {

    private final List<Person> mentors;
    private final MatchScore.Cohort cohort;
    private final int[] free;
    private final int[] available;
    private int size;

    Slots(List<Person> mentors, MatchScore.Cohort cohort) {
        this.mentors = mentors;
        this.cohort = cohort;
        this.free = new int[mentors.size()];
        this.available = new int[mentors.size()];
        for (int i = 0; i < mentors.size(); i++) {
            free[i] = mentors.get(i).capacity;
            if (free[i] > 0) {
                available[size++] = i;
            }
        }
    }

    Person take(Person mentee, SplittableRandom rng) {
        int best = -1;
        int bestScore = -1;
        for (int tries = 0; size > 0 && tries < 200 && (tries < 6 || best < 0); tries++) {
            int slot = rng.nextInt(size);
            var mentor = mentors.get(available[slot]);
            int score = mentee.pairedWith(mentor) ? -1 : cohort.score(mentee.index, mentor.index);
            if (score > bestScore) {
                best = slot;
                bestScore = score;
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException("Too few mentors with free slots for the relationships asked for");
        }
        int index = available[best];
        if (--free[index] == 0) {
            available[best] = available[--size];
        }
        return mentors.get(index);
    }
}
