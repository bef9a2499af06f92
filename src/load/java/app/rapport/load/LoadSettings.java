package app.rapport.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A run's shape, from system properties (the Maven plugin passes {@code -D...} on), so one
 * simulation serves every size and target: {@code baseUrl} (or the {@code BASE_URL} environment
 * variable; a load balancer works as well as one app), {@code users} arriving evenly over
 * {@code ramp} seconds (an open model: arrivals do not wait for others to finish), each staying
 * signed in and repeating its journey for {@code duration} seconds, so about {@code users}
 * sessions are open at once between the end of the ramp and the end of the first stays;
 * {@code coordinatorShare} of them coordinators in the mixed run; {@code feederDir} where the
 * load-data profile wrote the accounts.
 */
record LoadSettings(String baseUrl, int users, Duration ramp, Duration duration, double coordinatorShare,
        Path feederDir) {

    static LoadSettings fromSystemProperties() {
        var env = System.getenv("BASE_URL");
        var baseUrl = System.getProperty("baseUrl", env == null || env.isBlank() ? "http://localhost:8088" : env);
        return new LoadSettings(baseUrl.replaceAll("/+$", ""), Integer.getInteger("users", 50),
                Duration.ofSeconds(Integer.getInteger("ramp", 30)), Duration.ofSeconds(Integer.getInteger("duration", 120)),
                Double.parseDouble(System.getProperty("coordinatorShare", "0.1")),
                Path.of(System.getProperty("feederDir", "target/load")).toAbsolutePath());
    }

    /** email, password, relationshipId, programId, role: people with an active relationship. */
    String participantsFile() {
        return existing("participants.csv");
    }

    /** email, password, programId: the program's coordinators. */
    String coordinatorsFile() {
        return existing("coordinators.csv");
    }

    /** The active relationships of the participants file, for coordinators to look into. */
    List<Long> relationshipIds() {
        try (var lines = Files.lines(Path.of(participantsFile()))) {
            return lines.skip(1).map(line -> Long.parseLong(line.split(",")[2].strip())).distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String existing(String name) {
        var file = feederDir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: start the app with the Spring profile loaddata "
                    + "(scripts/load-test.sh does) or pass -DfeederDir=...");
        }
        return file.toString();
    }
}
