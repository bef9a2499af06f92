package app.rapport.base;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Rapport's calendar and its date formats, in one place. A relationship's days, weeks and
 * check-in periods are counted in UTC, so both sides of a pair, their coordinator and the nightly
 * jobs agree on which day something happened; views show instants in the viewer's own zone
 * through {@code base.ui.Times}. Dates are written day first, in English, everywhere.
 */
public final class Days {

    /** "3 Dec 2026". */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    /** "3 December 2026", for headings. */
    public static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** "Thu 3 Dec 2026", for rows of a log. */
    public static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    /** "3 Dec 2026, 18:41 CET": a moment in a named zone. */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.UK);
    /** "3 Dec", where the year is plain from the context. */
    public static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    /** "3 Dec 26", for chart axes spanning years. */
    public static final DateTimeFormatter DAY_MONTH_YY = DateTimeFormatter.ofPattern("d MMM yy", Locale.UK);

    private Days() {
    }

    /** Today on Rapport's calendar. */
    public static LocalDate today(Clock clock) {
        return of(clock.instant());
    }

    /** The day an instant falls on, on Rapport's calendar. */
    public static LocalDate of(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /** The middle of a day, the instant a dated entry without a time of day stands for. */
    public static Instant noon(LocalDate day) {
        return day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
    }

    /** The full hour of a day on Rapport's calendar, for records dated in the past (demo history). */
    public static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    /** "3 Dec 2026 – 30 Jun 2027", or "3 Dec 2026 – open end" without an end. */
    public static String range(LocalDate from, LocalDate to) {
        return format(from) + (to == null ? " – open end" : " – " + format(to));
    }

    /** The moment as lived in the zone, for example "3 Dec 2026, 18:41 CET"; empty for no moment. */
    public static String dateTime(Instant at, ZoneId zone) {
        return at == null ? "" : DATE_TIME.format(at.atZone(zone));
    }

    /** "3 Dec 2026"; empty for no date. */
    public static String format(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
