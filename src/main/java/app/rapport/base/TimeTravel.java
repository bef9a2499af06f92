package app.rapport.base;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * Runs work as if it were another moment, on the calling thread only: the demo seeders use it to
 * write months of history through the real services, so every rule and every event applies as it
 * would have then. {@link AppClock} (and the tests' clock) read it. Nothing else may use it.
 */
public final class TimeTravel {

    private static final ThreadLocal<Instant> OVERRIDE = new ThreadLocal<>();

    private TimeTravel() {
    }

    public static <T> T at(Instant when, Supplier<T> work) {
        var before = OVERRIDE.get();
        OVERRIDE.set(when);
        try {
            return work.get();
        } finally {
            if (before == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(before);
            }
        }
    }

    /** The moment the current thread travels to, or null. */
    public static Instant current() {
        return OVERRIDE.get();
    }
}
