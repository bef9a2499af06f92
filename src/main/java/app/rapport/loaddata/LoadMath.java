package app.rapport.loaddata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/** The arithmetic of planning: seconds and days in UTC, random picks, and splitting totals. */
final class LoadMath {

    static final long MINUTE = 60;
    static final long HOUR = 3_600;
    static final long DAY = 86_400;
    static final ZoneOffset UTC = ZoneOffset.UTC;

    private LoadMath() {
    }

    /**
     * Splits {@code total} over the items in proportion to their weights, none above its cap, the
     * rounding by largest remainders; items of weight 0 take what the others cannot.
     */
    static int[] allocate(String what, long total, double[] weights, int[] caps) {
        long room = 0;
        for (int cap : caps) {
            room += cap;
        }
        if (total > room) {
            throw new IllegalArgumentException("Cannot place " + total + " " + what + ": the relationships' dates "
                    + "hold at most " + room + "; ask for more weeks or relationships");
        }
        var out = new int[weights.length];
        long left = total;
        while (left > 0) {
            double sum = 0;
            for (int i = 0; i < out.length; i++) {
                sum += out[i] < caps[i] ? weights[i] : 0;
            }
            boolean byRoom = sum <= 0;
            if (byRoom) {
                for (int i = 0; i < out.length; i++) {
                    sum += caps[i] - out[i];
                }
            }
            var remainders = new double[out.length];
            long given = 0;
            for (int i = 0; i < out.length; i++) {
                if (out[i] >= caps[i]) {
                    continue;
                }
                double share = left * (byRoom ? caps[i] - out[i] : weights[i]) / sum;
                int add = (int) Math.min(Math.floor(share), caps[i] - out[i]);
                out[i] += add;
                given += add;
                remainders[i] = share - Math.floor(share);
            }
            left -= given;
            if (given == 0) {
                left -= topUp(out, caps, remainders, left);
            }
        }
        return out;
    }

    /** One more for each item with room, largest remainder first, until {@code left} are placed. */
    private static long topUp(int[] out, int[] caps, double[] remainders, long left) {
        var order = new ArrayList<Integer>();
        for (int i = 0; i < out.length; i++) {
            if (out[i] < caps[i]) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparingInt(i -> i));
        long given = 0;
        for (int i : order) {
            if (given == left) {
                break;
            }
            out[i]++;
            given++;
        }
        return given;
    }

    static int[] shuffled(int size, SplittableRandom rng) {
        var order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    static <T> T pick(SplittableRandom rng, List<T> values) {
        return values.get(rng.nextInt(values.size()));
    }

    /** A level as a rating from 1 to 5. */
    static int rating(double level) {
        return (int) Math.max(1, Math.min(5, Math.round(level)));
    }

    /** How far {@code at} is from {@code from} to {@code to}, between 0 and 1. */
    static double fraction(Instant from, Instant at, Instant to) {
        long whole = seconds(from, to);
        return whole <= 0 ? 0 : Math.max(0, Math.min(1, (double) seconds(from, at) / whole));
    }

    static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, UTC);
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(UTC).toInstant();
    }

    static long seconds(Instant from, Instant to) {
        return to.getEpochSecond() - from.getEpochSecond();
    }

    static Instant between(SplittableRandom rng, Instant from, Instant to) {
        long span = seconds(from, to);
        return span <= 0 ? from : from.plusSeconds(rng.nextLong(span));
    }

    static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
