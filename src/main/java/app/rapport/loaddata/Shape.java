package app.rapport.loaddata;

import java.util.SplittableRandom;

/**
 * How a started relationship goes: how often the pair meets (relative rate), its ratings from
 * the start to now, how often each side checks in, how often help is asked for and given, how
 * fast goals move and how likely one is completed.
 */
enum Shape {
    STEADY(1.0, 3.9, 4.0, 0.80, 0.85, 0.55, 0.65, 1.0, 0.7),
    THRIVING(1.5, 3.7, 4.9, 0.95, 0.95, 0.70, 0.80, 1.6, 0.9),
    ONE_SIDED(0.6, 3.5, 2.8, 0.45, 0.90, 0.75, 0.25, 0.6, 0.4),
    STALLED(0.8, 4.0, 1.9, 0.75, 0.80, 0.45, 0.40, 0.7, 0.4),
    FADING(0.7, 3.8, 2.2, 0.75, 0.80, 0.45, 0.45, 0.7, 0.4),
    GAP(1.0, 3.9, 3.8, 0.80, 0.85, 0.55, 0.60, 0.9, 0.6);

    final double rate;
    final double ratingFrom;
    final double ratingTo;
    final double mentorCheckins;
    final double menteeCheckins;
    final double ask;
    final double give;
    final double goalSpeed;
    final double completion;

    Shape(double rate, double ratingFrom, double ratingTo, double mentorCheckins, double menteeCheckins,
            double ask, double give, double goalSpeed, double completion) {
        this.rate = rate;
        this.ratingFrom = ratingFrom;
        this.ratingTo = ratingTo;
        this.mentorCheckins = mentorCheckins;
        this.menteeCheckins = menteeCheckins;
        this.ask = ask;
        this.give = give;
        this.goalSpeed = goalSpeed;
        this.completion = completion;
    }

    /** The rating level at {@code fraction} of the way from the start to now (or the close). */
    double level(double fraction) {
        return ratingFrom + (ratingTo - ratingFrom) * fraction;
    }

    boolean falling() {
        return this == STALLED || this == FADING;
    }

    /** A shape for a relationship of {@code status}; none for one that never started. */
    static Shape of(Status status, SplittableRandom rng) {
        double u = rng.nextDouble();
        return switch (status) {
            case ACTIVE -> u < 0.40 ? STEADY : u < 0.58 ? THRIVING : u < 0.70 ? ONE_SIDED : u < 0.82 ? STALLED
                    : u < 0.90 ? FADING : GAP;
            case COMPLETED -> u < 0.5 ? STEADY : u < 0.9 ? THRIVING : GAP;
            case ENDED -> u < 0.35 ? FADING : u < 0.65 ? ONE_SIDED : STALLED;
            case PROPOSED, DECLINED -> null;
        };
    }
}
