package app.rapport.loaddata;

import static app.rapport.loaddata.LoadMath.DAY;
import static app.rapport.loaddata.LoadMath.HOUR;
import static app.rapport.loaddata.LoadMath.MINUTE;
import static app.rapport.loaddata.LoadMath.between;
import static app.rapport.loaddata.LoadMath.day;
import static app.rapport.loaddata.LoadMath.max;
import static app.rapport.loaddata.LoadMath.min;
import static app.rapport.loaddata.LoadMath.seconds;
import static app.rapport.loaddata.LoadMath.startOf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A started relationship's life, worked out from its own seed: the days the pair meets on (a
 * stalled pair stops weeks before today, a pair with a gap pauses for weeks in the middle), its
 * check-in periods and how likely each side checks in, and how its ratings drift.
 */
final class Life {

    final Pair pair;
    final SplittableRandom rng;
    final Instant end;
    final LocalDate startDay;
    final double offset;
    final List<LocalDate[]> segments = new ArrayList<>();
    final List<Period> slots = new ArrayList<>();
    int activeDays;
    int periods;
    LocalDate quietFrom;
    LocalDate gapFrom;
    LocalDate gapTo;

    Life(Pair pair, Instant now) {
        this.pair = pair;
        this.rng = new SplittableRandom(pair.seed);
        this.end = pair.end(now);
        this.startDay = day(pair.startedAt);
        this.offset = (rng.nextDouble() - 0.5) * 0.7;
        meetings();
        periods();
    }

    private void meetings() {
        var first = startDay.plusDays(1 + rng.nextInt(4));
        var last = pair.closedAt == null ? day(end) : day(end).minusDays(1);
        if (pair.shape == Shape.STALLED) {
            last = last.minusDays(28 + rng.nextInt(29));
            quietFrom = last.plusDays(1);
        }
        if (last.isBefore(first)) {
            return;
        }
        long length = ChronoUnit.DAYS.between(first, last) + 1;
        if (pair.shape == Shape.GAP && length >= 70) {
            gapFrom = first.plusDays((long) (length * (0.35 + 0.2 * rng.nextDouble())));
            gapTo = gapFrom.plusDays(20 + rng.nextInt(22));
            segment(first, gapFrom.minusDays(1));
            segment(gapTo.plusDays(1), last);
        } else {
            segment(first, last);
        }
    }

    private void segment(LocalDate from, LocalDate to) {
        if (!to.isBefore(from)) {
            segments.add(new LocalDate[] {from, to});
            activeDays += (int) ChronoUnit.DAYS.between(from, to) + 1;
        }
    }

    /** The 14-day periods from the start day on that hold a moment to check in before the end. */
    private void periods() {
        var windows = new ArrayList<Instant[]>();
        for (int k = 0; ; k++) {
            var start = startDay.plusDays((long) k * LoadPlan.CADENCE_DAYS);
            var from = max(startOf(start), pair.startedAt.plusSeconds(HOUR));
            var to = min(startOf(start.plusDays(LoadPlan.CADENCE_DAYS)), end).minusSeconds(MINUTE);
            if (!from.isBefore(end)) {
                break;
            }
            if (seconds(from, to) >= 30 * MINUTE) {
                windows.add(new Instant[] {from, to});
            }
        }
        periods = windows.size();
        for (int k = 0; k < windows.size(); k++) {
            var w = windows.get(k);
            var start = startDay.plusDays((long) k * LoadPlan.CADENCE_DAYS);
            slots.add(new Period(true, k, start, w[0], w[1], weight(true, k, start)));
            slots.add(new Period(false, k, start, w[0], w[1], weight(false, k, start)));
        }
    }

    private double weight(boolean mentor, int k, LocalDate start) {
        var shape = pair.shape;
        double w = mentor ? shape.mentorCheckins : shape.menteeCheckins;
        if (shape.falling()) {
            w *= 1 - 0.6 * fraction(k);
        }
        if (quiet(start)) {
            w *= 0.4;
        }
        if (inGap(start)) {
            w *= 0.25;
        }
        return w;
    }

    double slotWeight() {
        return slots.stream().mapToDouble(Period::weight).sum();
    }

    private double fraction(int k) {
        return periods <= 1 ? 0 : (double) k / (periods - 1);
    }

    private boolean quiet(LocalDate day) {
        return quietFrom != null && !day.isBefore(quietFrom);
    }

    private boolean inGap(LocalDate day) {
        return gapFrom != null && !day.isBefore(gapFrom.minusDays(LoadPlan.CADENCE_DAYS - 1)) && !day.isAfter(gapTo);
    }

    /** The rating level of a side in a period: the shape's drift, the pair's own level, dips. */
    double level(Period slot) {
        double level = pair.shape.level(fraction(slot.index())) + offset;
        if (pair.shape == Shape.ONE_SIDED) {
            level += slot.mentor() ? -0.5 : 0.3;
        }
        if (inGap(slot.start())) {
            level -= 1.0;
        }
        return quiet(slot.start()) ? level - 0.5 : level;
    }

    /** {@code count} days spread over the meeting segments, denser early on for a fading pair. */
    List<LocalDate> meetingDays(int count) {
        var days = new ArrayList<LocalDate>(count);
        for (int i = 0; i < count; i++) {
            double x = (i + 0.5 + (rng.nextDouble() - 0.5) * 0.9) / count;
            if (pair.shape == Shape.FADING) {
                x = Math.pow(x, 1.7);
            }
            days.add(dayAt(Math.max(0, Math.min(activeDays - 1, (long) (x * activeDays)))));
        }
        Collections.sort(days);
        return days;
    }

    private LocalDate dayAt(long position) {
        long left = position;
        for (var s : segments) {
            long length = ChronoUnit.DAYS.between(s[0], s[1]) + 1;
            if (left < length) {
                return s[0].plusDays(left);
            }
            left -= length;
        }
        throw new IllegalStateException("No meeting day at " + position);
    }

    /** Logged the same evening, sometimes the next day; never before the start or after the end. */
    Instant loggedAt(LocalDate day) {
        var dayStart = startOf(day);
        var at = dayStart.plusSeconds(16 * HOUR + rng.nextLong(6 * HOUR));
        if (rng.nextDouble() < 0.2) {
            at = at.plusSeconds(DAY - rng.nextLong(6 * HOUR));
        }
        if (at.isAfter(end)) {
            at = between(rng, max(dayStart, pair.startedAt), end);
        }
        return max(at, pair.startedAt.plusSeconds(MINUTE));
    }

    /** {@code count} check-ins in the periods drawn by weight (without replacement), in time order. */
    List<Moment> checkins(int count) {
        var keyed = new ArrayList<Map.Entry<Double, Period>>();
        for (var slot : slots) {
            double key = Math.pow(rng.nextDouble(), 1 / Math.max(slot.weight(), 1e-6));
            keyed.add(Map.entry(key, slot));
        }
        keyed.sort(Map.Entry.<Double, Period>comparingByKey().reversed());
        var chosen = new ArrayList<Moment>(count);
        for (var entry : keyed.subList(0, count)) {
            var slot = entry.getValue();
            long window = seconds(slot.from(), slot.to());
            var at = slot.from().plusSeconds((long) ((0.4 + 0.6 * rng.nextDouble()) * window));
            chosen.add(new Moment(slot, at));
        }
        chosen.sort(Comparator.comparing(Moment::at));
        return chosen;
    }

    /** One side's check-in period: when a check-in can be written, and how likely. */
    record Period(boolean mentor, int index, LocalDate start, Instant from, Instant to, double weight) {
    }

    /** A check-in's moment within its period. */
    record Moment(Period slot, Instant at) {
    }
}
