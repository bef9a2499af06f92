package app.rapport.support;

import app.rapport.base.TimeTravel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests move by hand, so time-based rules (lockouts, windows) are tested without waiting. */
public final class MutableClock extends Clock {

    public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(START);

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    /** The moment set by hand, or the one the demo seeders travel to on their thread. */
    @Override
    public Instant instant() {
        var travel = TimeTravel.current();
        return travel != null ? travel : now.get();
    }

    public void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }
}
