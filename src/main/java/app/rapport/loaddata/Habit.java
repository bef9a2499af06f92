package app.rapport.loaddata;

import app.rapport.workspace.InteractionFormat;
import java.util.SplittableRandom;

/**
 * How often pairs choose each of the app's meeting formats (in general, and in one-sided pairs),
 * and how long the ones of any length last; a short check-in lasts its fixed minutes.
 */
enum Habit {
    MEETING(InteractionFormat.MEETING, 24, 8, 30, 90, 15),
    VIDEO_CALL(InteractionFormat.VIDEO_CALL, 30, 20, 20, 60, 5),
    CALL(InteractionFormat.CALL, 12, 15, 10, 40, 5),
    WALK(InteractionFormat.WALK, 8, 5, 20, 60, 5),
    CHAT(InteractionFormat.CHAT, 10, 35, 5, 30, 5),
    SHORT_10(InteractionFormat.SHORT_10, 5, 12),
    SHORT_15(InteractionFormat.SHORT_15, 6, 5),
    SHORT_17(InteractionFormat.SHORT_17, 5, 0);

    private final InteractionFormat format;
    private final int weight;
    private final int oneSidedWeight;
    private final int shortest;
    private final int longest;
    private final int step;

    Habit(InteractionFormat format, int weight, int oneSidedWeight, int shortest, int longest, int step) {
        this.format = format;
        this.weight = weight;
        this.oneSidedWeight = oneSidedWeight;
        this.shortest = shortest;
        this.longest = longest;
        this.step = step;
    }

    Habit(InteractionFormat format, int weight, int oneSidedWeight) {
        this(format, weight, oneSidedWeight, format.fixedMinutes(), format.fixedMinutes(), 1);
    }

    InteractionFormat format() {
        return format;
    }

    static Habit pick(SplittableRandom rng, boolean oneSided) {
        int total = 0;
        for (var h : values()) {
            total += oneSided ? h.oneSidedWeight : h.weight;
        }
        int u = rng.nextInt(total);
        for (var h : values()) {
            u -= oneSided ? h.oneSidedWeight : h.weight;
            if (u < 0) {
                return h;
            }
        }
        return MEETING;
    }

    /** A length in steps between the shortest and the longest (one draw, also for a fixed one). */
    int minutes(SplittableRandom rng) {
        return shortest + step * rng.nextInt((longest - shortest) / step + 1);
    }
}
