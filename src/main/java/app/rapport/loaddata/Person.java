package app.rapport.loaddata;

import app.rapport.pairing.MatchProfile;
import java.util.ArrayList;
import java.util.List;

/** A planned participant: account, enrolment and profile; a mentee keeps its relationships, oldest first. */
final class Person {

    final boolean mentor;
    final int index;
    final String name;
    final String email;
    final Profile profile;
    final long accountId;
    final long enrolmentId;
    final List<Pair> pairs = new ArrayList<>();
    int capacity;

    /** {@code index}: the person's place among the mentors, or among the mentees. */
    Person(boolean mentor, int index, String name, String email, Profile profile, long accountId,
            long enrolmentId) {
        this.mentor = mentor;
        this.index = index;
        this.name = name;
        this.email = email;
        this.profile = profile;
        this.accountId = accountId;
        this.enrolmentId = enrolmentId;
    }

    MatchProfile matchProfile() {
        return new MatchProfile(enrolmentId, name, profile.department(), profile.zone(), profile.skills(),
                profile.goals(), profile.languages());
    }

    boolean pairedWith(Person mentor) {
        return pairs.stream().anyMatch(p -> p.mentor == mentor);
    }

    /** What the enrolment says about the person; the skills and goals are topics of the program. */
    record Profile(String department, String zone, List<String> languages, List<String> skills,
            List<String> goals, String availability, String bio) {
    }
}
