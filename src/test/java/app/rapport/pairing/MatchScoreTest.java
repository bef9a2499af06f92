package app.rapport.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The match score as documented on {@link MatchScore}: each part, the hard rules, the reasons, the bulk form. */
class MatchScoreTest {

    private static final Instant WINTER = Instant.parse("2026-01-15T12:00:00Z");
    private static final MatchWeights GOALS_ONLY = new MatchWeights(100, 0, false, 0, 0, false);

    private static MatchProfile person(List<String> skills, List<String> goals, String department, String zone,
            List<String> languages) {
        return new MatchProfile(1, "Someone", department, zone, skills, goals, languages);
    }

    private static MatchProfile mentee(List<String> goals) {
        return person(List.of(), goals, "Engineering", "Europe/Berlin", List.of("English"));
    }

    private static MatchProfile mentor(List<String> skills) {
        return person(skills, List.of(), "Sales", "Europe/Berlin", List.of("English"));
    }

    @Test
    void goals_count_as_the_share_the_mentor_offers_and_are_named_in_the_reason() {
        var match = MatchScore.score(mentee(List.of("Negotiation", "Public speaking", "Hiring", "Budgeting")),
                mentor(List.of("negotiation", "PUBLIC SPEAKING", "Hiring", "Sales")), GOALS_ONLY, WINTER, false);
        assertThat(match.score()).isEqualTo(75);
        assertThat(match.reasons()).containsExactly("3 of 4 goals match: negotiation, public speaking, hiring");
    }

    @Test
    void no_overlap_or_no_goals_score_nothing_for_that_part() {
        assertThat(MatchScore.score(mentee(List.of("Hiring")), mentor(List.of("Sales")), GOALS_ONLY, WINTER, false))
                .satisfies(m -> {
                    assertThat(m.score()).isZero();
                    assertThat(m.reasons()).containsExactly("None of 1 goal matches");
                });
        assertThat(MatchScore.score(mentee(List.of()), mentor(List.of("Sales")), GOALS_ONLY, WINTER, false)
                .reasons()).containsExactly("No goals stated");
    }

    @Test
    void a_shared_language_is_required_by_default_and_otherwise_just_weighs() {
        var french = person(List.of(), List.of(), null, null, List.of("French"));
        var english = person(List.of(), List.of(), null, null, List.of("English", "German"));
        var excluded = MatchScore.score(english, french, MatchWeights.DEFAULT, WINTER, false);
        assertThat(excluded.allowed()).isFalse();
        assertThat(excluded.exclusion()).isEqualTo("No shared language");
        assertThat(excluded.score()).isZero();

        var languageOnly = new MatchWeights(0, 100, false, 0, 0, false);
        assertThat(MatchScore.score(english, french, languageOnly, WINTER, false).score()).isZero();
        var germanMentor = person(List.of(), List.of(), null, null, List.of("german"));
        var shared = MatchScore.score(english, germanMentor, languageOnly, WINTER, false);
        assertThat(shared.score()).isEqualTo(100);
        assertThat(shared.reasons()).containsExactly("Both speak German");
    }

    @Test
    void a_part_left_empty_counts_half_and_never_excludes() {
        var unknown = person(List.of(), List.of(), null, null, List.of());
        var languageOnly = new MatchWeights(0, 100, true, 0, 0, true);
        var match = MatchScore.score(unknown, unknown, languageOnly, WINTER, false);
        assertThat(match.allowed()).isTrue();
        assertThat(match.score()).isEqualTo(50);
        assertThat(match.reasons()).containsExactly("Languages not stated", "Department not stated");
    }

    @Test
    void time_zones_count_by_hours_apart_on_the_clock_face() {
        var zoneOnly = new MatchWeights(0, 0, false, 100, 0, false);
        var berlin = person(List.of(), List.of(), null, "Europe/Berlin", List.of());
        var newYork = person(List.of(), List.of(), null, "America/New_York", List.of());
        var sixApart = MatchScore.score(berlin, newYork, zoneOnly, WINTER, false);
        assertThat(sixApart.score()).isEqualTo(50);
        assertThat(sixApart.reasons()).containsExactly("6 h apart");
        var kolkata = person(List.of(), List.of(), null, "Asia/Kolkata", List.of());
        assertThat(MatchScore.score(berlin, kolkata, zoneOnly, WINTER, false).reasons()).containsExactly("4.5 h apart");
        var kiritimati = person(List.of(), List.of(), null, "Pacific/Kiritimati", List.of());
        var honolulu = person(List.of(), List.of(), null, "Pacific/Honolulu", List.of());
        var sameClock = MatchScore.score(kiritimati, honolulu, zoneOnly, WINTER, false);
        assertThat(sameClock.score()).isEqualTo(100);
        assertThat(sameClock.reasons()).containsExactly("Same time zone");
    }

    @Test
    void a_different_department_is_a_bonus_or_a_requirement() {
        var bonus = new MatchWeights(0, 0, false, 0, 100, false);
        var sales = person(List.of(), List.of(), "Sales", null, List.of());
        var alsoSales = person(List.of(), List.of(), " sales ", null, List.of());
        var legal = person(List.of(), List.of(), "Legal", null, List.of());
        assertThat(MatchScore.score(sales, legal, bonus, WINTER, false).score()).isEqualTo(100);
        var same = MatchScore.score(sales, alsoSales, bonus, WINTER, false);
        assertThat(same.score()).isZero();
        assertThat(same.reasons()).containsExactly("Same department (sales)");
        var required = new MatchWeights(0, 0, false, 0, 100, true);
        assertThat(MatchScore.score(sales, alsoSales, required, WINTER, false).exclusion())
                .isEqualTo("Same department");
        assertThat(MatchScore.score(sales, legal, required, WINTER, false).allowed()).isTrue();
    }

    @Test
    void a_pair_declined_before_is_excluded_whatever_the_profiles() {
        var perfect = MatchScore.score(mentee(List.of("Hiring")), mentor(List.of("Hiring")), MatchWeights.DEFAULT,
                WINTER, true);
        assertThat(perfect.allowed()).isFalse();
        assertThat(perfect.exclusion()).isEqualTo("Declined before");
    }

    @Test
    void the_weighted_mean_of_the_default_weights() {
        // goals 1/2, shared language, 6 h apart (0.5), different department: (50*0.5 + 20 + 15*0.5 + 15) / 100
        var mentee = person(List.of(), List.of("Hiring", "Budgeting"), "Engineering", "Europe/Berlin",
                List.of("English"));
        var mentor = person(List.of("Hiring"), List.of(), "Sales", "America/New_York", List.of("English"));
        var match = MatchScore.score(mentee, mentor, MatchWeights.DEFAULT, WINTER, false);
        assertThat(match.score()).isEqualTo(68);
        assertThat(match.reasons()).containsExactly("1 of 2 goals match: hiring", "Both speak English", "6 h apart",
                "Different department");
    }

    @Test
    void the_bulk_form_gives_the_same_numbers_as_the_single_score_on_seeded_random_cohorts() {
        var random = new Random(4711);
        var tags = List.of("A", "b", "C", "d", "E", "f", "G", "h");
        var zones = List.of("Europe/Berlin", "Asia/Kolkata", "America/Chicago", "", "Not/AZone");
        var languages = List.of("English", "german", "French", "Hindi");
        for (int round = 0; round < 50; round++) {
            var mentees = new ArrayList<MatchProfile>();
            var mentors = new ArrayList<MatchProfile>();
            for (int i = 0; i < 6; i++) {
                mentees.add(randomPerson(random, tags, zones, languages));
                mentors.add(randomPerson(random, tags, zones, languages));
            }
            var weights = new MatchWeights(random.nextInt(101), random.nextInt(101), random.nextBoolean(),
                    random.nextInt(101), random.nextInt(101) + 1, random.nextBoolean());
            var cohort = MatchScore.compile(mentees, mentors, weights, WINTER);
            for (int i = 0; i < 6; i++) {
                for (int j = 0; j < 6; j++) {
                    var single = MatchScore.score(mentees.get(i), mentors.get(j), weights, WINTER, false);
                    int bulk = cohort.score(i, j);
                    assertThat(bulk).isEqualTo(single.allowed() ? single.score() : MatchScore.FORBIDDEN);
                    assertThat(single.score()).isBetween(0, 100);
                }
            }
        }
    }

    private static MatchProfile randomPerson(Random random, List<String> tags, List<String> zones,
            List<String> languages) {
        return new MatchProfile(random.nextInt(1000), "P", random.nextInt(4) == 0 ? null : "D" + random.nextInt(3),
                zones.get(random.nextInt(zones.size())), some(random, tags), some(random, tags),
                some(random, languages));
    }

    private static List<String> some(Random random, List<String> from) {
        var chosen = new ArrayList<String>();
        for (var s : from) {
            if (random.nextInt(3) == 0) {
                chosen.add(s);
            }
        }
        return chosen;
    }
}
