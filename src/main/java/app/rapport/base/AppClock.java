package app.rapport.base;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The application's clock: the system's time in UTC, unless the thread runs under {@link TimeTravel}. */
public final class AppClock extends Clock {

    private final ZoneId zone;

    public AppClock() {
        this(ZoneOffset.UTC);
    }

    private AppClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new AppClock(zone);
    }

    @Override
    public Instant instant() {
        var travel = TimeTravel.current();
        return travel != null ? travel : Instant.now();
    }
}
