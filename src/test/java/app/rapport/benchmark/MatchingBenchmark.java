package app.rapport.benchmark;

import app.rapport.pairing.MatchPlan;
import app.rapport.pairing.MatchingService;
import app.rapport.program.EnrolmentRole;
import app.rapport.program.ImportPreview;
import app.rapport.program.NewProgram;
import app.rapport.program.ParticipantImport;
import app.rapport.program.ParticipantRow;
import app.rapport.program.ProgramService;
import app.rapport.security.PeopleService;
import app.rapport.support.RapportSpringTest;
import app.rapport.support.TestPeople;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The pairing issue's figure on the test MariaDB: the bulk-matching preview of 2,000 mentees and
 * 800 mentors (capacities 1-3, 30 tags, 3 time zones, 4 languages), end to end as the Matching page
 * runs it: read the cohort, score every pair, solve, explain. Its total score is reported beside a
 * greedy pass on the same instance. Not part of the suite; run {@code scripts/benchmark-matching.sh}.
 * It reports, it does not assert times.
 */
@RapportSpringTest
class MatchingBenchmark {

    private static final int MENTEES = Integer.getInteger("mentees", 2_000);
    private static final int MENTORS = Integer.getInteger("mentors", 800);
    private static final int RUNS = Integer.getInteger("runs", 7);
    private static final List<String> ZONES = List.of("Europe/Berlin", "America/New_York", "Asia/Kolkata");
    private static final List<String> LANGUAGES = List.of("English", "German", "Spanish", "French");
    private static final List<String> DEPARTMENTS = List.of("Engineering", "Sales", "Finance", "People",
            "Marketing", "Operations", "Legal", "Product");

    @Autowired ProgramService programs;
    @Autowired ParticipantImport imports;
    @Autowired MatchingService matching;
    @Autowired PeopleService directory;
    @Autowired UserDetailsService users;

    @Test
    void measure() throws IOException {
        TestPeople.signIn(users, "admin@rapport.test");
        var coordinator = directory.findByEmail("coordinator@rapport.test").orElseThrow().id();
        var program = programs.create(new NewProgram("Matching benchmark " + System.currentTimeMillis(), null,
                LocalDate.of(2026, 1, 1), null, Set.of(coordinator)));
        var rows = cohort(new Random(2026));
        imports.apply(program.id(), new ImportPreview(null, List.of(), rows, rows.size(), 0, 0), p -> { });
        TestPeople.signIn(users, "coordinator@rapport.test");

        long[] millis = new long[RUNS];
        MatchPlan plan = null;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            plan = matching.preview(program.id(), f -> { });
            millis[run] = (System.nanoTime() - start) / 1_000_000;
        }
        long cold = millis[0];
        var warm = Arrays.copyOfRange(millis, 1, RUNS);
        Arrays.sort(warm);
        var report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Bulk matching preview, %,d mentees x %,d mentors (capacities 1-3, "
                + "30 tags, 3 time zones, 4 languages), MariaDB, end to end%n", MENTEES, MENTORS));
        report.append(String.format(Locale.ROOT, "  first run (cold JIT):  %,d ms%n", cold));
        report.append(String.format(Locale.ROOT, "  warm runs (%d):         median %,d ms, max %,d ms%n", warm.length,
                warm[warm.length / 2], warm[warm.length - 1]));
        report.append(String.format(Locale.ROOT, "  optimal plan: %,d pairs, total score %,d%n", plan.pairs().size(),
                plan.totalScore()));
        report.append(String.format(Locale.ROOT, "  greedy pass:  %,d pairs, total score %,d (%+,d, %.2f %% below)%n",
                plan.greedyPairs(), plan.greedyTotalScore(), plan.greedyTotalScore() - plan.totalScore(),
                100.0 * (plan.totalScore() - plan.greedyTotalScore()) / Math.max(1, plan.totalScore())));
        report.append(String.format(Locale.ROOT, "  unpaired: %,d mentees; mentors with room: %,d%n",
                plan.unmatched().size(), plan.mentorsWithRoom()));
        Files.createDirectories(Path.of("target", "benchmark"));
        Files.writeString(Path.of("target", "benchmark", "matching.txt"), report);
        TestPeople.signOut();
    }

    private static List<ParticipantRow> cohort(Random random) {
        var topics = new ArrayList<String>();
        for (int i = 1; i <= 30; i++) {
            topics.add("Topic " + i);
        }
        var rows = new ArrayList<ParticipantRow>();
        for (int i = 0; i < MENTORS + MENTEES; i++) {
            boolean mentor = i < MENTORS;
            var languages = new LinkedHashSet<String>();
            languages.add(LANGUAGES.get(random.nextInt(10) < 7 ? 0 : random.nextInt(LANGUAGES.size())));
            if (random.nextInt(3) == 0) {
                languages.add(LANGUAGES.get(random.nextInt(LANGUAGES.size())));
            }
            rows.add(new ParticipantRow(i + 2, "bench-" + i + "-" + random.nextInt(1_000_000) + "@example.org",
                    (mentor ? "Mentor " : "Mentee ") + i, mentor ? EnrolmentRole.MENTOR : EnrolmentRole.MENTEE,
                    mentor ? 1 + random.nextInt(3) : null,
                    mentor ? pick(random, topics, 3 + random.nextInt(4)) : List.of(),
                    mentor ? List.of() : pick(random, topics, 2 + random.nextInt(3)),
                    DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())), ZONES.get(random.nextInt(ZONES.size())),
                    List.copyOf(languages)));
        }
        return rows;
    }

    private static List<String> pick(Random random, List<String> from, int count) {
        var chosen = new LinkedHashSet<String>();
        while (chosen.size() < count) {
            chosen.add(from.get(random.nextInt(from.size())));
        }
        return List.copyOf(chosen);
    }
}
