package app.rapport.progress;

import app.rapport.base.Days;
import app.rapport.feedback.PeerSignals.RevealedRound;
import app.rapport.pairing.RelationshipFacts;
import app.rapport.progress.Health.Effect;
import app.rapport.progress.Health.Reason;
import app.rapport.workspace.Side;
import app.rapport.workspace.WorkspaceHistory.GoalTrack;
import app.rapport.workspace.WorkspaceHistory.Met;
import app.rapport.workspace.WorkspaceHistory.Rated;
import app.rapport.workspace.WorkspaceHistory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The health score of a relationship on a given day, and the reasons behind it. The formula is
 * documented in {@code docs/progress.md}; in short, five parts each worth 0 to 1, weighted:
 * <ul>
 * <li>cadence (30): the share of the last eight 7-day blocks with an interaction (60 %) and how
 * recent the last one is against the program's stall threshold (40 %: full up to the threshold,
 * nothing at twice the threshold);</li>
 * <li>reciprocity (20): whether help flows both ways: help reaches the mentee when the mentee asks
 * or the mentor gives, and the mentor the other way round; full when at least a quarter of the
 * asks and gives flow the lesser way (mentoring is not symmetric), falling linearly to nothing when
 * none do, and pulled towards 0.5 while fewer than 4 were recorded;</li>
 * <li>ratings (25): both sides' average check-in rating, (level - 1) / 4, moved by 0.15 per point
 * of the weaker side's trend (last 4 weeks against the 4 before);</li>
 * <li>goals (15): half for the average progress, half for progress having moved at all;</li>
 * <li>peers (10): the latest visible peer-feedback round's average rating, (rating - 1) / 4.</li>
 * </ul>
 * A part with nothing to judge yet counts 0.5 (goals: 0.2 once the relationship is three weeks old).
 * A stall then scales the sum: beyond the stall threshold it is multiplied by a factor falling from 1
 * at the threshold to 0.5 at three times the threshold.
 * Everything is counted over the 56 days up to the day, or since the start if that is later.
 */
final class HealthFormula {

    static final int WINDOW_DAYS = 56;
    static final int RECENT_DAYS = 28;
    static final int PEER_DAYS = 180;
    static final int CADENCE = 30;
    static final int RECIPROCITY = 20;
    static final int RATINGS = 25;
    static final int GOALS = 15;
    static final int PEERS = 10;
    /** Asks and gives below which reciprocity is not judged fully. */
    static final int RECIPROCITY_EVIDENCE = 4;
    /** Share of the exchanges flowing the lesser way that earns full reciprocity. */
    static final double FULL_RECIPROCITY = 0.25;
    /** Share of the exchanges flowing the lesser way under which give-and-take counts as one-sided. */
    static final double ONE_SIDED_BELOW = 0.1;

    private HealthFormula() {
    }

    /** One relationship's history as the formula reads it; the lists may come in any order. */
    record Input(RelationshipFacts relationship, int stallThresholdDays, List<Met> interactions, List<Rated> checkins,
            List<GoalTrack> goals, List<RevealedRound> rounds) {

        Input {
            interactions = interactions.stream().sorted(Comparator.comparing(Met::on)).toList();
            checkins = checkins.stream().sorted(Comparator.comparing(Rated::at)).toList();
            rounds = rounds.stream().sorted(Comparator.comparing(RevealedRound::revealedAt)).toList();
        }

        static Input of(RelationshipFacts relationship, int stallThresholdDays, WorkspaceHistory.Pair history,
                List<RevealedRound> rounds) {
            return new Input(relationship, stallThresholdDays, history.interactions(), history.checkins(),
                    history.goals(), rounds);
        }

        LocalDate startedOn() {
            return date(relationship.startedAt());
        }
    }

    /** The score and its reasons, plus whether give-and-take is one-sided (an at-risk signal). */
    record Result(Health health, boolean oneSided) {
    }

    static Result on(Input in, LocalDate day) {
        var start = in.startedOn();
        int age = days(start, day) + 1;
        var windowStart = max(start, day.minusDays(WINDOW_DAYS - 1));
        var span = windowStart.equals(start) ? "since the start" : "in the last 8 weeks";
        var reasons = new ArrayList<Reason>();
        if (age < 14) {
            reasons.add(new Reason(Effect.NOTE, age == 1 ? "New: started today"
                    : "New: started " + plural(age - 1, "day") + " ago"));
        }
        double cadence = cadence(in, day, start, windowStart, age, reasons);
        var reciprocity = reciprocity(in, day, windowStart, span, reasons);
        double ratings = ratings(in, day, windowStart, age, span, reasons);
        double goals = goals(in, day, windowStart, age, span, reasons);
        double peers = peers(in, day, reasons);
        double parts = CADENCE * cadence + RECIPROCITY * reciprocity[0] + RATINGS * ratings + GOALS * goals
                + PEERS * peers;
        int score = (int) Math.round(parts * stallFactor(in, day));
        reasons.sort(Comparator.comparing(Reason::effect));
        return new Result(new Health(Math.max(0, Math.min(100, score)), reasons), reciprocity[1] > 0);
    }

    /**
     * A stall weighs on everything else: beyond the threshold the score is scaled down, from 1 at
     * the threshold to 0.5 at three times the threshold and after.
     */
    static double stallFactor(Input in, LocalDate day) {
        int gap = gap(in, day);
        int threshold = in.stallThresholdDays();
        return gap <= threshold ? 1 : Math.max(0.5, 1 - 0.25 * (gap - threshold) / threshold);
    }

    /** Days since the last interaction up to the day, or since the start when there was none. */
    static int gap(Input in, LocalDate day) {
        LocalDate last = null;
        for (var met : in.interactions()) {
            if (met.on().isAfter(day)) {
                break;
            }
            last = met.on();
        }
        return days(last == null ? in.startedOn() : last, day);
    }

    private static double cadence(Input in, LocalDate day, LocalDate start, LocalDate windowStart, int age,
            List<Reason> reasons) {
        int blocks = (days(windowStart, day) + 7) / 7;
        var active = new boolean[blocks];
        LocalDate last = null;
        for (var met : in.interactions()) {
            if (met.on().isAfter(day)) {
                break;
            }
            last = met.on();
            if (!met.on().isBefore(windowStart)) {
                active[days(met.on(), day) / 7] = true;
            }
        }
        int activeBlocks = 0;
        for (boolean a : active) {
            activeBlocks += a ? 1 : 0;
        }
        double share = activeBlocks / (double) blocks;
        int threshold = in.stallThresholdDays();
        int gap = days(last == null ? start : last, day);
        double recency = gap <= threshold ? 1 : Math.max(0, 1 - (gap - threshold) / (double) threshold);
        if (last == null) {
            if (age > 7) {
                reasons.add(new Reason(Effect.LOWERS, "No interaction logged yet, " + plural(age - 1, "day")
                        + " after the start"));
            }
        } else if (gap > threshold) {
            reasons.add(new Reason(Effect.LOWERS, "No interaction for " + gap + " days (the program's stall "
                    + "threshold is " + threshold + ")"));
        }
        if (blocks >= 2 && share >= 0.75) {
            reasons.add(new Reason(Effect.LIFTS, "Met in " + activeBlocks + " of the last " + blocks + " weeks"));
        } else if (blocks >= 2 && share <= 0.4 && activeBlocks > 0) {
            reasons.add(new Reason(Effect.LOWERS, "Met in only " + activeBlocks + " of the last " + blocks
                    + " weeks"));
        }
        return 0.6 * share + 0.4 * recency;
    }

    /**
     * {reciprocity part, 1 if one-sided else 0}. Help flows to the mentee when the mentee asks or the
     * mentor gives, and to the mentor the other way round. Mentoring is not symmetric, so full marks
     * need only a quarter of the exchanges to flow the lesser way; under a tenth it is one-sided.
     */
    private static double[] reciprocity(Input in, LocalDate day, LocalDate windowStart, String span,
            List<Reason> reasons) {
        int toMentee = 0;
        int toMentor = 0;
        for (var met : in.interactions()) {
            if (met.on().isAfter(day)) {
                break;
            }
            if (!met.on().isBefore(windowStart)) {
                toMentee += (met.askedBy() == Side.MENTEE ? 1 : 0) + (met.givenBy() == Side.MENTOR ? 1 : 0);
                toMentor += (met.askedBy() == Side.MENTOR ? 1 : 0) + (met.givenBy() == Side.MENTEE ? 1 : 0);
            }
        }
        int total = toMentee + toMentor;
        if (total == 0) {
            return new double[] {0.5, 0};
        }
        double lesser = Math.min(toMentee, toMentor) / (double) total;
        boolean oneSided = total >= RECIPROCITY_EVIDENCE && lesser < ONE_SIDED_BELOW;
        var mostly = toMentee >= toMentor ? "mentee" : "mentor";
        if (oneSided) {
            reasons.add(new Reason(Effect.LOWERS, "One-sided give-and-take: " + Math.max(toMentee, toMentor)
                    + " of the " + total + " asks and gives " + span + " were help for the " + mostly));
        } else if (total >= 2 && lesser >= FULL_RECIPROCITY) {
            reasons.add(new Reason(Effect.LIFTS, "Help flows both ways (" + toMentee + " times to the mentee, "
                    + toMentor + " to the mentor " + span + ")"));
        } else if (total >= RECIPROCITY_EVIDENCE) {
            reasons.add(new Reason(Effect.NOTE, "Help flows mostly to the " + mostly + " ("
                    + Math.max(toMentee, toMentor) + " of " + total + " asks and gives " + span + ")"));
        }
        double balance = Math.min(1, lesser / FULL_RECIPROCITY);
        double part = total >= RECIPROCITY_EVIDENCE ? balance
                : (balance * total + 0.5 * (RECIPROCITY_EVIDENCE - total)) / RECIPROCITY_EVIDENCE;
        return new double[] {part, oneSided ? 1 : 0};
    }

    private static double ratings(Input in, LocalDate day, LocalDate windowStart, int age, String span,
            List<Reason> reasons) {
        var recentFrom = day.minusDays(RECENT_DAYS - 1);
        double levels = 0;
        int sides = 0;
        double worstTrend = 0;
        for (var side : Side.values()) {
            var all = new Mean();
            var recent = new Mean();
            var earlier = new Mean();
            for (var c : in.checkins()) {
                var on = date(c.at());
                if (on.isAfter(day)) {
                    break;
                }
                if (c.side() == side && !on.isBefore(windowStart)) {
                    all.add(c.average());
                    (on.isBefore(recentFrom) ? earlier : recent).add(c.average());
                }
            }
            if (all.count == 0) {
                continue;
            }
            sides++;
            levels += all.value();
            if (recent.count > 0 && earlier.count > 0) {
                double trend = recent.value() - earlier.value();
                worstTrend = Math.min(worstTrend, trend);
                var whose = side == Side.MENTOR ? "The mentor's" : "The mentee's";
                if (trend <= -0.5) {
                    reasons.add(new Reason(Effect.LOWERS, whose + " check-in ratings fell from "
                            + one(earlier.value()) + " to " + one(recent.value())));
                } else if (trend >= 0.5) {
                    reasons.add(new Reason(Effect.LIFTS, whose + " check-in ratings rose from "
                            + one(earlier.value()) + " to " + one(recent.value())));
                }
            }
        }
        if (sides == 0) {
            if (age >= RECENT_DAYS) {
                reasons.add(new Reason(Effect.LOWERS, "No check-ins " + span));
            }
            return 0.5;
        }
        double level = levels / sides;
        if (level >= 3.75) {
            reasons.add(new Reason(Effect.LIFTS, "Check-ins rate it " + one(level) + " of 5 " + span));
        } else if (level < 2.75) {
            reasons.add(new Reason(Effect.LOWERS, "Check-ins rate it only " + one(level) + " of 5 " + span));
        }
        return clamp((level - 1) / 4 + 0.15 * worstTrend);
    }

    private static double goals(Input in, LocalDate day, LocalDate windowStart, int age, String span,
            List<Reason> reasons) {
        int count = 0;
        int sum = 0;
        boolean moved = false;
        for (var goal : in.goals()) {
            if (date(goal.createdAt()).isAfter(day)) {
                continue;
            }
            count++;
            int now = 0;
            for (var step : goal.steps()) {
                var on = date(step.at());
                if (on.isAfter(day)) {
                    break;
                }
                if (step.progress() > now && !on.isBefore(windowStart)) {
                    moved = true;
                }
                now = step.progress();
            }
            sum += now;
        }
        if (count == 0) {
            if (age >= 21) {
                reasons.add(new Reason(Effect.LOWERS, "No goals set yet"));
                return 0.2;
            }
            return 0.5;
        }
        double average = sum / (double) count;
        if (average >= 100) {
            reasons.add(new Reason(Effect.LIFTS, count == 1 ? "The goal is complete" : "Every goal is complete"));
            return 1;
        }
        if (moved) {
            reasons.add(new Reason(Effect.LIFTS, "Goal progress moved " + span + " (now " + Math.round(average)
                    + " % on average)"));
        } else if (age >= RECENT_DAYS) {
            reasons.add(new Reason(Effect.LOWERS, "No goal progress " + span + " (still " + Math.round(average)
                    + " % on average)"));
        }
        return 0.5 * average / 100 + (moved ? 0.5 : 0);
    }

    private static double peers(Input in, LocalDate day, List<Reason> reasons) {
        RevealedRound latest = null;
        for (var round : in.rounds()) {
            var on = date(round.revealedAt());
            if (on.isAfter(day)) {
                break;
            }
            if (round.rating() != null && days(on, day) < PEER_DAYS) {
                latest = round;
            }
        }
        if (latest == null) {
            return 0.5;
        }
        double rating = latest.rating();
        var text = "Peers rate the pair " + one(rating) + " of 5 (" + plural(latest.answers(), "answer") + ")";
        reasons.add(new Reason(rating >= 3.75 ? Effect.LIFTS : rating < 2.75 ? Effect.LOWERS : Effect.NOTE, text));
        return clamp((rating - 1) / 4);
    }

    // ---- small helpers ------------------------------------------------------------------------

    static LocalDate date(Instant at) {
        return Days.of(at);
    }

    static int days(LocalDate from, LocalDate to) {
        return (int) ChronoUnit.DAYS.between(from, to);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    static String one(double v) {
        return String.format(Locale.UK, "%.1f", v);
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static final class Mean {
        private double sum;
        private int count;

        void add(double v) {
            sum += v;
            count++;
        }

        double value() {
            return sum / count;
        }
    }
}
