package app.rapport.workspace;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * One of a relationship's check-in periods: consecutive blocks of the program's cadence, counted
 * from the day the relationship started (UTC). Both days are included.
 */
public record CheckinPeriod(LocalDate start, LocalDate end) {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** The period that holds {@code day}, for a relationship started on {@code startedOn}. */
    public static CheckinPeriod of(LocalDate startedOn, int cadenceDays, LocalDate day) {
        long index = Math.max(0, ChronoUnit.DAYS.between(startedOn, day)) / cadenceDays;
        var start = startedOn.plusDays(index * cadenceDays);
        return new CheckinPeriod(start, start.plusDays(cadenceDays - 1L));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** "11–24 Nov", "28 Nov–11 Dec", "30 Dec 2025–12 Jan 2026". */
    public String label() {
        if (start.equals(end)) {
            return DAY_MONTH.format(start);
        }
        if (start.getYear() != end.getYear()) {
            return DAY_MONTH_YEAR.format(start) + "–" + DAY_MONTH_YEAR.format(end);
        }
        if (start.getMonth() == end.getMonth()) {
            return start.getDayOfMonth() + "–" + DAY_MONTH.format(end);
        }
        return DAY_MONTH.format(start) + "–" + DAY_MONTH.format(end);
    }
}
