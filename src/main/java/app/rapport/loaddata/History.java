package app.rapport.loaddata;

import static app.rapport.loaddata.LoadMath.DAY;
import static app.rapport.loaddata.LoadMath.HOUR;
import static app.rapport.loaddata.LoadMath.MINUTE;
import static app.rapport.loaddata.LoadMath.between;
import static app.rapport.loaddata.LoadMath.min;
import static app.rapport.loaddata.LoadMath.pick;
import static app.rapport.loaddata.LoadMath.rating;
import static app.rapport.loaddata.LoadMath.seconds;
import static app.rapport.loaddata.LoadMath.startOf;

import app.rapport.workspace.InteractionFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What one started relationship did, drawn from its life's own random source: the kick-offs, the
 * goals with their progress, the interactions and the check-ins. One relationship's history at a
 * time, so a run of millions of rows keeps only one in memory.
 */
record History(List<Kickoff> kickoffs, List<Goal> goals, List<Interaction> interactions, List<Checkin> checkins) {

    /** {@code interactions} and {@code checkins}: the life's share of the run's totals. */
    static History of(Life life, int interactions, int checkins) {
        return new History(kickoffs(life), goals(life), interactions(life, interactions), checkins(life, checkins));
    }

    record Kickoff(boolean byMentee, Person author, String wants, boolean seesRelationship, Instant at) {
    }

    /** A goal and its progress, the first point at 0 % when it was added; {@code completed} at 100 %. */
    record Goal(String title, String description, Person creator, Instant created, List<Point> points,
            boolean completed) {

        Point last() {
            return points.get(points.size() - 1);
        }
    }

    record Point(int value, Instant at, Person actor) {
    }

    /** {@code logger}, {@code initiator}: a side; {@code confirmed} null while the partner has not. */
    record Interaction(String logger, LocalDate day, int minutes, InteractionFormat format, String initiator,
            Help help, String notes, Instant created, Instant confirmed) {
    }

    record Checkin(Life.Period slot, int connection, int trust, int value, String reflection,
            boolean reflectionShared, Instant at) {
    }

    private static List<Kickoff> kickoffs(Life life) {
        var pair = life.pair;
        var rng = life.rng;
        var kickoffs = new ArrayList<Kickoff>();
        for (var mentee : List.of(true, false)) {
            double chance = mentee ? 0.92 : pair.shape == Shape.ONE_SIDED ? 0.35 : 0.8;
            var at = pair.startedAt.plusSeconds(2 * HOUR + rng.nextLong(6 * DAY));
            if (rng.nextDouble() >= chance || !at.isBefore(life.end)) {
                continue;
            }
            var wants = pick(rng, mentee ? LoadTexts.MENTEE_WANTS : LoadTexts.MENTOR_WANTS);
            boolean sees = rng.nextDouble() < (pair.shape == Shape.ONE_SIDED ? 0.5 : 0.9);
            kickoffs.add(new Kickoff(mentee, mentee ? pair.mentee : pair.mentor, wants, sees, at));
        }
        return kickoffs;
    }

    private static List<Goal> goals(Life life) {
        var rng = life.rng;
        if (seconds(life.pair.startedAt, life.end) < 2 * HOUR) {
            return List.of();
        }
        double u = rng.nextDouble();
        int count = u < 0.3 ? 1 : u < 0.7 ? 2 : 3;
        var titles = new LinkedHashSet<String>();
        while (titles.size() < count) {
            titles.add(pick(rng, LoadTexts.GOALS));
        }
        return titles.stream().map(title -> goal(life, title)).toList();
    }

    /** A goal at 0 %, moved up now and then by either side, completed at 100 % by some pairs. */
    private static Goal goal(Life life, String title) {
        var pair = life.pair;
        var rng = life.rng;
        var creator = rng.nextDouble() < 0.7 ? pair.mentee : pair.mentor;
        var created = between(rng, pair.startedAt.plusSeconds(MINUTE),
                min(pair.startedAt.plusSeconds(10 * DAY), life.end.minusSeconds(MINUTE)));
        var points = new ArrayList<Point>(List.of(new Point(0, created, creator)));
        boolean completed = progress(life, points);
        var description = rng.nextDouble() < 0.3 ? pick(rng, LoadTexts.GOAL_NOTES) : null;
        return new Goal(title, description, creator, created, List.copyOf(points), completed);
    }

    /** Adds the goal's later values; true when it ends completed. A stalled pair stops moving. */
    private static boolean progress(Life life, List<Point> points) {
        var pair = life.pair;
        var rng = life.rng;
        var until = life.quietFrom == null ? life.end : min(life.end, startOf(life.quietFrom));
        var at = points.get(0).at();
        int value = 0;
        for (int n = 0; n < 8; n++) {
            at = at.plusSeconds(6 * DAY + rng.nextLong(18 * DAY));
            if (!at.isBefore(until)) {
                return false;
            }
            var actor = rng.nextDouble() < 0.65 ? pair.mentee : pair.mentor;
            value += 5 * Math.max(1, (int) Math.round((1 + rng.nextInt(4)) * pair.shape.goalSpeed));
            if (value >= 100) {
                if (rng.nextDouble() < pair.shape.completion) {
                    points.add(new Point(100, at, actor));
                    return true;
                }
                if (points.get(points.size() - 1).value() < 90) {
                    points.add(new Point(90, at, actor));
                }
                return false;
            }
            points.add(new Point(value, at, actor));
        }
        return false;
    }

    private static List<Interaction> interactions(Life life, int count) {
        var interactions = new ArrayList<Interaction>(count);
        for (var day : life.meetingDays(count)) {
            interactions.add(interaction(life, day));
        }
        return interactions;
    }

    private static Interaction interaction(Life life, LocalDate day) {
        var rng = life.rng;
        boolean oneSided = life.pair.shape == Shape.ONE_SIDED;
        var initiator = rng.nextDouble() < (oneSided ? 0.85 : 0.55) ? Pair.MENTEE : Pair.MENTOR;
        var logger = oneSided || rng.nextDouble() < 0.6 ? Pair.MENTEE : Pair.MENTOR;
        var habit = Habit.pick(rng, oneSided);
        int minutes = habit.minutes(rng);
        var help = Help.of(life.pair.shape, rng);
        var notes = rng.nextDouble() < 0.15 ? pick(rng, LoadTexts.NOTES) : null;
        var created = life.loggedAt(day);
        var confirmed = rng.nextDouble() < 0.55 ? created.plusSeconds(2 * HOUR + rng.nextLong(3 * DAY)) : null;
        if (confirmed != null && confirmed.isAfter(life.end)) {
            confirmed = null;
        }
        return new Interaction(logger, day, minutes, habit.format(), initiator, help, notes, created, confirmed);
    }

    private static List<Checkin> checkins(Life life, int count) {
        var rng = life.rng;
        var checkins = new ArrayList<Checkin>(count);
        for (var moment : life.checkins(count)) {
            var slot = moment.slot();
            double level = life.level(slot);
            int connection = rating(level + rng.nextGaussian() * 0.45);
            int trust = rating(level + 0.2 + rng.nextGaussian() * 0.45);
            int value = rating(level - 0.1 + rng.nextGaussian() * 0.45);
            var reflection = rng.nextDouble() < 0.25
                    ? pick(rng, slot.mentor() ? LoadTexts.MENTOR_REFLECTIONS : LoadTexts.MENTEE_REFLECTIONS) : null;
            boolean shared = reflection != null && rng.nextDouble() < 0.5;
            checkins.add(new Checkin(slot, connection, trust, value, reflection, shared, moment.at()));
        }
        return checkins;
    }
}
