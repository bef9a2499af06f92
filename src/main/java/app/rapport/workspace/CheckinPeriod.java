package app.rapport.workspace;

import app.rapport.base.Days;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One of a relationship's check-in periods: consecutive blocks of the program's cadence, counted
 * from the day the relationship started (UTC). Both days are included.
 */
public record CheckinPeriod(LocalDate start, LocalDate end) {


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
            return Days.DAY_MONTH.format(start);
        }
        if (start.getYear() != end.getYear()) {
            return Days.DAY.format(start) + "–" + Days.DAY.format(end);
        }
        if (start.getMonth() == end.getMonth()) {
            return start.getDayOfMonth() + "–" + Days.DAY_MONTH.format(end);
        }
        return Days.DAY_MONTH.format(start) + "–" + Days.DAY_MONTH.format(end);
    }
}
