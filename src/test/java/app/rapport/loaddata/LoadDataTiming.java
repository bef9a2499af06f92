package app.rapport.loaddata;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.support.RapportSpringTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Times the load-data generator at the progress dashboard benchmark's size (2,000 mentors, 5,000
 * mentees, 5,000 relationships, 200,000 interactions, 50,000 check-ins, 1,000 feedback rounds, no
 * timeline; {@code -Dtimeline=true} adds it) on the test MariaDB, and reports the time and the rows
 * per table. Not part of the suite (its name matches neither *Test nor *IT); run it with
 * {@code ./mvnw verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LoadDataTiming}.
 * Report: target/benchmark/loaddata.txt. It reports, it does not assert times.
 */
@RapportSpringTest
class LoadDataTiming {

    @Autowired DataSource dataSource;
    @Autowired Clock clock;
    @Autowired PasswordEncoder encoder;

    @Test
    void measure() throws IOException {
        var full = LoadDataSpec.benchmark(Long.getLong("seed", 2026L));
        var spec = new LoadDataSpec(full.seed(), full.mentors(), full.mentees(), full.relationships(),
                full.interactions(), full.checkins(), full.feedbackRounds(), full.weeks(),
                Boolean.getBoolean("timeline"));
        var result = new LoadDataGenerator(dataSource, clock, encoder.encode("load-test-password")).generate(spec);
        assertThat(result.rows("interaction")).isEqualTo(spec.interactions());

        var report = new StringBuilder();
        long total = result.rows().values().stream().mapToLong(Integer::longValue).sum();
        report.append(String.format(Locale.ROOT, "Load data, %s, MariaDB: %,d ms for %,d rows (%,d rows/s)%n",
                spec, result.elapsedMillis(), total, total * 1000 / Math.max(1, result.elapsedMillis())));
        result.rows().forEach((table, rows) -> report.append(String.format(Locale.ROOT, "  %-22s %,9d%n", table,
                rows)));
        report.append("program ").append(result.programId()).append(", coordinator ")
                .append(result.coordinatorEmail()).append('\n');
        Files.createDirectories(Path.of("target", "benchmark"));
        Files.writeString(Path.of("target", "benchmark", "loaddata.txt"), report);
        LoggerFactory.getLogger(LoadDataTiming.class).info("Load data report:\n{}", report);
    }
}
