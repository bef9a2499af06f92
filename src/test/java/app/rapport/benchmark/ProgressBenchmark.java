package app.rapport.benchmark;

import app.rapport.loaddata.LoadDataGenerator;
import app.rapport.loaddata.LoadDataSpec;
import app.rapport.progress.ProgressService;
import app.rapport.progress.ui.DashboardView;
import app.rapport.progress.ui.ProgressView;
import app.rapport.support.BrowserlessTestBase;
import app.rapport.support.SqlCounter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress issue's figures: on a generated program of 5,000 relationships, 200,000
 * interactions and 50,000 check-ins in MariaDB, the server time and SQL statements of the program
 * dashboard and of a relationship's progress page, plus the time of a full rebuild of the metrics.
 * Server time is measured in the app's JVM: the navigation (guard, reads, the view built) and the
 * round trip before the response (the grids fetch their first page); median and worst of many
 * openings after a warm-up. Not part of the suite; run {@code scripts/benchmark-progress.sh}. It
 * reports, it does not assert times (the statement budget is asserted by {@code ProgressViewsTest}).
 */
class ProgressBenchmark extends BrowserlessTestBase {

    private static final int WARM_UP = Integer.getInteger("warmUp", 10);
    private static final int RUNS = Integer.getInteger("runs", 40);

    @Autowired DataSource dataSource;
    @Autowired Clock clock;
    @Autowired PasswordEncoder encoder;
    @Autowired ProgressService progress;
    @Autowired JdbcTemplate jdbc;

    @Test
    void measure() throws IOException {
        var spec = LoadDataSpec.benchmark(Long.getLong("seed", 2026L));
        var data = new LoadDataGenerator(dataSource, clock, encoder.encode("load-test-password")).generate(spec);
        signIn("admin@rapport.test");
        long rebuildStart = System.nanoTime();
        var rebuild = progress.rebuild();
        long rebuildMillis = (System.nanoTime() - rebuildStart) / 1_000_000;

        // The relationship with the longest history: the heaviest progress page of the program.
        long busiest = jdbc.queryForObject("""
                select i.relationship_id from interaction i join relationship r on r.id = i.relationship_id
                where r.program_id = ? and r.status = 'ACTIVE'
                group by i.relationship_id order by count(*) desc, i.relationship_id limit 1""", Long.class,
                data.programId());
        int busiestInteractions = jdbc.queryForObject("select count(*) from interaction where relationship_id = ?",
                Integer.class, busiest);

        signIn(data.coordinatorEmail());
        var dashboard = time("programs/" + data.programId() + "/dashboard", DashboardView.class);
        var page = time("relationships/" + busiest + "/progress", ProgressView.class);
        var figures = progress.dashboard(data.programId());
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var dashboardService = serviceTime(() -> progress.dashboard(data.programId()));
        var pageService = serviceTime(() -> progress.progress(busiest, today.minusWeeks(26).plusDays(1), today));

        var report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Progress benchmark, MariaDB, generated program (seed %d): "
                + "%,d relationships, %,d interactions, %,d check-ins, %,d goal progress points, %,d feedback "
                + "rounds; generated in %,d ms%n", spec.seed(), data.rows("relationship"), data.rows("interaction"),
                data.rows("checkin"), data.rows("goal_progress"), data.rows("feedback_round"), data.elapsedMillis()));
        report.append(String.format(Locale.ROOT, "Full rebuild of the metrics: %,d relationships in %,d ms%n",
                rebuild.relationships(), rebuildMillis));
        report.append(String.format(Locale.ROOT, "Dashboard (%d active pairs, %d at risk), %d openings after %d "
                + "warm-up: %s%n", figures.activePairs(), figures.atRisk().size(), RUNS, WARM_UP, dashboard));
        report.append(String.format(Locale.ROOT, "Progress page of the busiest relationship (%d interactions, "
                + "26 weeks): %s%n", busiestInteractions, page));
        report.append(String.format(Locale.ROOT, "Of which the service calls alone: dashboard %s; progress %s%n",
                dashboardService, pageService));
        Files.createDirectories(Path.of("target", "benchmark"));
        Files.writeString(Path.of("target", "benchmark", "progress.txt"), report);
        LoggerFactory.getLogger(ProgressBenchmark.class).info("Progress benchmark:\n{}", report);
        assertThat(figures.relationships()).isEqualTo(data.rows("relationship"));
    }

    private record Timing(long medianMicros, long p90Micros, long maxMicros, long statements) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "median %.1f ms, p90 %.1f ms, max %.1f ms; %d SQL statements",
                    medianMicros / 1000.0, p90Micros / 1000.0, maxMicros / 1000.0, statements);
        }
    }

    private static String serviceTime(Runnable call) {
        var micros = new long[RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            long start = System.nanoTime();
            call.run();
            if (i >= 0) {
                micros[i] = (System.nanoTime() - start) / 1000;
            }
        }
        Arrays.sort(micros);
        return String.format(Locale.ROOT, "median %.1f ms, p90 %.1f ms", micros[RUNS / 2] / 1000.0,
                micros[RUNS * 9 / 10] / 1000.0);
    }

    private Timing time(String route, Class<?> view) {
        var micros = new long[RUNS];
        long statements = 0;
        for (int i = -WARM_UP; i < RUNS; i++) {
            navigate("");
            SqlCounter.reset();
            long start = System.nanoTime();
            navigate(route);
            long took = (System.nanoTime() - start) / 1000;
            assertThat(currentView()).isInstanceOf(view);
            if (i >= 0) {
                micros[i] = took;
                statements = Math.max(statements, SqlCounter.count());
            }
        }
        Arrays.sort(micros);
        return new Timing(micros[RUNS / 2], micros[RUNS * 9 / 10], micros[RUNS - 1], statements);
    }
}
