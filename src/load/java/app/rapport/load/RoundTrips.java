package app.rapport.load;

import io.gatling.javaapi.core.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The server round trips of signed-in people (every UIDL request and heartbeat after the sign-in),
 * with when each was sent, so that the figure for "n concurrent sessions" can be taken over the
 * time when all n are signed in: from 30 s after the last arrival to the first departure. Gatling's
 * own report mixes in the arrivals, whose sign-ins (a bcrypt check each) load the machine far more
 * than a real day does, where a session lasts hours and signs in once. Written when the simulation
 * ends to {@code target/load/round-trips.txt} ({@code -DroundTripsFile}).
 */
final class RoundTrips {

    static final String SAVED_AS = "roundTripMillis";

    private static final ConcurrentLinkedQueue<long[]> SENT_AND_MILLIS = new ConcurrentLinkedQueue<>();
    private static volatile long started;

    private RoundTrips() {
    }

    static void start() {
        SENT_AND_MILLIS.clear();
        started = System.currentTimeMillis();
    }

    /** Records the request just answered (its response time was saved as {@link #SAVED_AS}). */
    static Session record(Session session) {
        if (session.contains(SAVED_AS)) {
            long millis = session.getLong(SAVED_AS);
            SENT_AND_MILLIS.add(new long[] {System.currentTimeMillis() - millis - started, millis});
        }
        return session.remove(SAVED_AS);
    }

    static void write(LoadSettings settings) {
        var all = SENT_AND_MILLIS.stream().mapToLong(r -> r[1]).toArray();
        long from = settings.ramp().toMillis() + 30_000;
        long to = settings.duration().toMillis();
        var steady = SENT_AND_MILLIS.stream().filter(r -> r[0] >= from && r[0] < to).mapToLong(r -> r[1]).toArray();
        var text = line("signed-in round trips (UIDL and heartbeats)", all) + "\n"
                + line(String.format(Locale.ROOT, "with all %d sessions signed in (%d-%d s)", settings.users(),
                        from / 1000, to / 1000), steady) + "\n";
        try {
            var file = Path.of(System.getProperty("roundTripsFile", "target/load/round-trips.txt"));
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.print(text);
    }

    private static String line(String what, long[] millis) {
        if (millis.length == 0) {
            return what + ": no requests";
        }
        Arrays.sort(millis);
        return String.format(Locale.ROOT, "%s: %d requests, p50 %d ms, p95 %d ms, p99 %d ms, max %d ms", what,
                millis.length, at(millis, 0.50), at(millis, 0.95), at(millis, 0.99), millis[millis.length - 1]);
    }

    private static long at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }
}
