package app.rapport.benchmark;

import app.rapport.program.EnrolmentRole;
import app.rapport.program.EnrolmentService;
import app.rapport.program.NewProgram;
import app.rapport.program.ParticipantFilter;
import app.rapport.program.ParticipantImport;
import app.rapport.program.ProgramService;
import app.rapport.security.PeopleService;
import app.rapport.support.RapportSpringTest;
import app.rapport.support.TestPeople;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Measures the figures the programs issue names, on the test MariaDB: importing a generated
 * 10,000-row file end to end, and paging the participant grid of that 10,000-person program
 * with filters. Not part of the suite (its name matches neither *Test nor *IT); run it with
 * {@code scripts/benchmark-import.sh}. It reports, it does not assert times.
 */
@RapportSpringTest
class ImportBenchmark {

    private static final int ROWS = Integer.getInteger("rows", 10_000);
    private static final List<String> TOPICS = List.of("Negotiation", "Public speaking", "Hiring", "Budgeting",
            "Coaching", "Delegation", "Product discovery", "Data storytelling", "Conflict resolution", "Kubernetes",
            "Career planning", "Giving feedback", "Time management", "Strategy", "Sales", "Design reviews", "SQL",
            "Writing", "Facilitation", "Onboarding", "Security", "Finance basics", "Roadmaps", "Interviewing",
            "Mentoring", "Presenting", "Negotiating pay", "Remote teams", "OKRs", "Pricing");
    private static final List<String> DEPARTMENTS = List.of("Engineering", "Sales", "Finance", "People", "Marketing",
            "Operations", "Legal", "Product", "Design", "Support", "Research", "Data");
    private static final List<String> ZONES = List.of("Europe/Berlin", "Europe/London", "America/New_York",
            "Asia/Singapore", "Asia/Kolkata", "Australia/Sydney", "America/Sao_Paulo", "Africa/Lagos");

    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired ParticipantImport imports;
    @Autowired PeopleService directory;
    @Autowired UserDetailsService users;

    @Test
    void measure() throws IOException {
        var report = new StringBuilder();
        TestPeople.signIn(users, "admin@rapport.test");
        var coordinator = directory.findByEmail("coordinator@rapport.test").orElseThrow().id();
        var program = programs.create(new NewProgram("Benchmark " + System.currentTimeMillis(), null,
                LocalDate.of(2026, 1, 1), null, Set.of(coordinator)));
        TestPeople.signIn(users, "coordinator@rapport.test");

        var csv = generate(new Random(10_000), ROWS);
        var dir = Path.of("target", "benchmark");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("participants-" + ROWS + ".csv"), csv, StandardCharsets.UTF_8);
        var bytes = csv.getBytes(StandardCharsets.UTF_8);
        line(report, "file: %d rows, %.1f MB", ROWS, bytes.length / 1e6);

        long t0 = System.nanoTime();
        var preview = imports.preview(program.id(), new ByteArrayInputStream(bytes), p -> { });
        long t1 = System.nanoTime();
        var result = imports.apply(program.id(), preview, p -> { });
        long t2 = System.nanoTime();
        line(report, "import, first time: preview (parse + validate + compare) %d ms, write %d ms, end to end %d ms"
                + " (target < 10000 ms); %d new, %d problems", ms(t1 - t0), ms(t2 - t1), ms(t2 - t0), result.created(),
                preview.problems().size());

        long t3 = System.nanoTime();
        var again = imports.preview(program.id(), new ByteArrayInputStream(bytes), p -> { });
        imports.apply(program.id(), again, p -> { });
        line(report, "import, same file again: %d ms end to end; %d unchanged", ms(System.nanoTime() - t3),
                again.unchangedCount());

        var filters = List.of(
                new Object[] {"no filter", ParticipantFilter.none()},
                new Object[] {"role = mentor", new ParticipantFilter(EnrolmentRole.MENTOR, null, null, null)},
                new Object[] {"tag = hiring", new ParticipantFilter(null, "hiring", null, null)},
                new Object[] {"department = finance", new ParticipantFilter(null, null, "Finance", null)},
                new Object[] {"text = 'ana'", new ParticipantFilter(null, null, null, "ana")},
                new Object[] {"mentee + tag + department", new ParticipantFilter(EnrolmentRole.MENTEE, "coaching",
                        "Engineering", null)});
        line(report, "participant grid, one page of 50 + its count, server time over 100 runs after 50 warm-ups "
                + "(target < 50 ms):");
        for (var f : filters) {
            var filter = (ParticipantFilter) f[1];
            var times = new long[100];
            for (int i = -50; i < times.length; i++) {
                long s = System.nanoTime();
                int offset = i < 0 ? 0 : (i * 50) % 5000;
                enrolments.search(program.id(), filter, offset, 50, Sort.by("name"));
                var total = enrolments.count(program.id(), filter);
                if (i >= 0) {
                    times[i] = System.nanoTime() - s;
                }
                if (i == 0) {
                    f[0] = f[0] + " (" + total + " match)";
                }
            }
            Arrays.sort(times);
            line(report, "  %-42s median %5.1f ms, p95 %5.1f ms, max %5.1f ms", f[0], times[50] / 1e6,
                    times[95] / 1e6, times[99] / 1e6);
        }
        TestPeople.signOut();
        Files.writeString(dir.resolve("report.txt"), report.toString(), StandardCharsets.UTF_8);
        org.slf4j.LoggerFactory.getLogger(ImportBenchmark.class).info("Benchmark report:\n{}", report);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static void line(StringBuilder report, String format, Object... args) {
        report.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    /** A realistic file: a third mentors, 1-4 skills and goals each, a department, a zone, 1-2 languages. */
    static String generate(Random random, int rows) {
        var sb = new StringBuilder("email,name,role,capacity,skills,goals,department,timezone,languages\n");
        for (int i = 0; i < rows; i++) {
            var mentor = i % 3 == 0;
            var name = TestPeopleNames.name(random);
            sb.append("bench.").append(i).append('.').append(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""))
                    .append("@example.org,").append(name).append(',').append(mentor ? "mentor," : "mentee,")
                    .append(mentor ? String.valueOf(1 + random.nextInt(4)) : "").append(',')
                    .append(mentor ? topics(random, 1 + random.nextInt(4)) : "").append(',')
                    .append(topics(random, 1 + random.nextInt(3))).append(',')
                    .append(DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()))).append(',')
                    .append(ZONES.get(random.nextInt(ZONES.size()))).append(',')
                    .append(random.nextInt(3) == 0 ? "English;Spanish" : "English").append('\n');
        }
        return sb.toString();
    }

    private static String topics(Random random, int count) {
        var chosen = new ArrayList<String>();
        while (chosen.size() < count) {
            var t = TOPICS.get(random.nextInt(TOPICS.size()));
            if (!chosen.contains(t)) {
                chosen.add(t);
            }
        }
        return String.join(";", chosen);
    }

    /** Names for generated people. */
    static final class TestPeopleNames {
        private static final List<String> FIRST = List.of("Ana", "Ben", "Chidi", "Dana", "Eero", "Farah", "Gus",
                "Hiro", "Ines", "Jae", "Kofi", "Lucia", "Mael", "Nora", "Olu", "Pia", "Rami", "Sofia", "Tariq", "Vera");
        private static final List<String> LAST = List.of("Ahmed", "Bauer", "Costa", "Dubois", "Eze", "Fong", "Garcia",
                "Hale", "Ivanova", "Jensen", "Kowalski", "Lund", "Moreau", "Nakamura", "Petrov", "Rossi", "Silva");

        static String name(Random random) {
            return FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
        }
    }
}
