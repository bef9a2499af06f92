package app.rapport.loaddata;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code rapport.loaddata.*}: what the {@code loaddata} profile generates and where it leaves the
 * accounts for the load test. The sizes default to {@link LoadDataSpec#loadTest(long)}; set one to
 * try a smaller or larger workspace without touching the seed's other choices.
 *
 * @param seed           seeds the generator, so two runs on the same day write the same workspace
 * @param password       the password of every generated account (the feeder files repeat it)
 * @param feederDir      where {@code participants.csv} and {@code coordinators.csv} go
 * @param coordinators   how many coordinators the program gets in all (the generator makes one;
 *                       the rest are added through the services), so concurrent coordinator
 *                       sessions belong to different people
 * @param mentors        overrides the spec's mentors when set
 * @param mentees        overrides the spec's mentees when set
 * @param relationships  overrides the spec's relationships when set
 * @param interactions   overrides the spec's interactions when set
 * @param checkins       overrides the spec's check-ins when set
 * @param feedbackRounds overrides the spec's feedback rounds when set
 */
@ConfigurationProperties("rapport.loaddata")
public record LoadDataProperties(@DefaultValue("2026") long seed,
        @DefaultValue("load-test-password") String password, @DefaultValue("target/load") Path feederDir,
        @DefaultValue("20") int coordinators, Integer mentors, Integer mentees, Integer relationships,
        Integer interactions, Integer checkins, Integer feedbackRounds) {

    /** The load test's spec for this seed, with the sizes given here in place of its own. */
    public LoadDataSpec spec() {
        var base = LoadDataSpec.loadTest(seed);
        return new LoadDataSpec(seed, or(mentors, base.mentors()), or(mentees, base.mentees()),
                or(relationships, base.relationships()), or(interactions, base.interactions()),
                or(checkins, base.checkins()), or(feedbackRounds, base.feedbackRounds()), base.weeks(),
                base.timeline());
    }

    private static int or(Integer given, int fallback) {
        return given == null ? fallback : given;
    }
}
