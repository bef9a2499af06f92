package app.rapport.base.ui;

import app.rapport.base.Days;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableSupplier;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Instants as the person looking at them lives them: in their own time zone (their enrolment's,
 * else their browser's, else UTC), resolved once per browser tab by {@link ViewerZones}. A time
 * of day always names its zone; a day does not need to.
 */
public final class Times {

    static final ZoneId UTC = ZoneId.of("UTC");

    private Times() {
    }

    /** The zone of the person in the current tab; UTC (named so) outside a UI (jobs, tests of services). */
    public static ZoneId zone() {
        var ui = UI.getCurrent();
        var holder = ui == null ? null : ComponentUtil.getData(ui, Holder.class);
        return holder == null ? UTC : holder.zone();
    }

    /** The day the instant falls on for the viewer. */
    public static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone());
    }

    /** Today for the viewer. */
    public static LocalDate today(Clock clock) {
        return day(clock.instant());
    }

    /** The viewer's day of the instant, for example "3 Dec 2026"; empty for no instant. */
    public static String date(Instant at) {
        return at == null ? "" : Days.format(day(at));
    }

    /** The viewer's day of the instant written out, for example "3 December 2026"; empty for no instant. */
    public static String longDate(Instant at) {
        return at == null ? "" : Days.LONG_DAY.format(day(at));
    }

    /** For example "3 Dec 2026, 18:41 CET"; empty for no instant. */
    public static String dateTime(Instant at) {
        return Days.dateTime(at, zone());
    }

    static void install(UI ui, SerializableSupplier<ZoneId> resolver) {
        ComponentUtil.setData(ui, Holder.class, new Holder(resolver));
    }

    /** Resolves on first use, on the request thread that first formats a time, then keeps it. */
    private static final class Holder implements Serializable {

        private final SerializableSupplier<ZoneId> resolver;
        private ZoneId zone;

        private Holder(SerializableSupplier<ZoneId> resolver) {
            this.resolver = resolver;
        }

        private ZoneId zone() {
            if (zone == null) {
                zone = resolver.get();
            }
            return zone;
        }
    }
}
