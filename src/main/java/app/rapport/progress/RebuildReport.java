package app.rapport.progress;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** A finished full rebuild of the metrics: what started it, as of which day, when, and how many relationships. */
public record RebuildReport(String trigger, LocalDate asOf, Instant startedAt, Instant finishedAt,
        int relationships) {

    public Duration took() {
        return Duration.between(startedAt, finishedAt);
    }
}
