package app.rapport.progress;

import app.rapport.pairing.RelationshipStatus;
import app.rapport.progress.Health.Reason;
import app.rapport.progress.HealthFormula.Input;
import app.rapport.progress.Projection.Day;
import app.rapport.progress.Projection.GoalWeek;
import app.rapport.progress.Projection.Summary;
import app.rapport.workspace.Side;
import app.rapport.workspace.WorkspaceHistory.GoalTrack;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static app.rapport.progress.HealthFormula.date;
import static app.rapport.progress.HealthFormula.days;

/**
 * Turns one relationship's history into what the read model keeps, as of a day: a pure function,
 * the same for the incremental update and the full rebuild, so the two can only differ in what
 * they read.
 */
final class Projections {

    /** Recent days kept for the dashboard's last-30-days figures (more than 30, so they hold until re-projected). */
    static final int DAYS_KEPT = 42;

    private Projections() {
    }

    static LocalDate weekStart(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - 1L);
    }

    static Projection project(Input in, LocalDate asOf) {
        var r = in.relationship();
        if (r.startedAt() == null) {
            return new Projection(summary(in, asOf, null, 0, 0, new int[4], null, null, null, null, null, null, false,
                    List.of()), List.of(), List.of(), List.of());
        }
        var start = in.startedOn();
        var end = r.closedAt() != null && date(r.closedAt()).isBefore(asOf) ? date(r.closedAt()) : asOf;
        if (end.isBefore(start)) {
            end = start;
        }
        var weeks = new ArrayList<WeekMetrics>();
        for (var week = weekStart(start); !week.isAfter(end); week = week.plusWeeks(1)) {
            var weekEnd = week.plusDays(6).isAfter(end) ? end : week.plusDays(6);
            weeks.add(week(in, week, weekEnd));
        }
        int interactions = 0;
        int minutes = 0;
        var helps = new int[4];
        LocalDate last = null;
        for (var met : in.interactions()) {
            if (met.on().isAfter(end)) {
                break;
            }
            interactions++;
            minutes += met.minutes();
            count(helps, met.askedBy(), met.givenBy());
            last = met.on();
        }
        var windowStart = end.minusDays(HealthFormula.WINDOW_DAYS - 1);
        var result = HealthFormula.on(in, end);
        Integer fourWeeksAgo = weeks.size() > 4 ? weeks.get(weeks.size() - 5).health() : null;
        var summary = summary(in, asOf, last, interactions, minutes, helps,
                rating(in, Side.MENTOR, windowStart, end), rating(in, Side.MENTEE, windowStart, end),
                latestPeerRating(in, end), goalProgress(in, end), result.health().score(), fourWeeksAgo,
                result.oneSided(), result.health().reasons());
        return new Projection(summary, weeks, goalWeeks(in, end), recentDays(in, asOf, end));
    }

    private static Summary summary(Input in, LocalDate asOf, LocalDate lastInteraction, int interactions,
            int minutes, int[] helps, Double mentorRating, Double menteeRating, Double peerRating,
            Integer goalProgress, Integer health, Integer fourWeeksAgo, boolean oneSided, List<Reason> reasons) {
        var r = in.relationship();
        return new Summary(r.id(), r.programId(), r.status(), r.mentorAccountId(), r.menteeAccountId(),
                r.mentorName(), r.menteeName(), r.proposedAt(), r.startedAt() == null ? null : in.startedOn(),
                r.closedAt() == null ? null : date(r.closedAt()), lastInteraction, interactions, minutes, helps[0],
                helps[1], helps[2], helps[3], mentorRating, menteeRating, peerRating, goalProgress, health,
                fourWeeksAgo, oneSided, ReasonText.encode(reasons), asOf);
    }

    private static WeekMetrics week(Input in, LocalDate week, LocalDate weekEnd) {
        int interactions = 0;
        int minutes = 0;
        var helps = new int[4];
        LocalDate last = null;
        for (var met : in.interactions()) {
            if (met.on().isAfter(weekEnd)) {
                break;
            }
            last = met.on();
            if (!met.on().isBefore(week)) {
                interactions++;
                minutes += met.minutes();
                count(helps, met.askedBy(), met.givenBy());
            }
        }
        Double peers = null;
        double peerSum = 0;
        int peerCount = 0;
        for (var round : in.rounds()) {
            var on = date(round.revealedAt());
            if (!on.isBefore(week) && !on.isAfter(weekEnd) && round.rating() != null) {
                peerSum += round.rating();
                peerCount++;
            }
        }
        if (peerCount > 0) {
            peers = round2(peerSum / peerCount);
        }
        int since = days(last == null ? in.startedOn() : last, weekEnd);
        return new WeekMetrics(week, interactions, minutes, helps[0], helps[1], helps[2], helps[3],
                rating(in, Side.MENTOR, week, weekEnd), rating(in, Side.MENTEE, week, weekEnd), peers,
                goalProgress(in, weekEnd), since, HealthFormula.on(in, weekEnd).health().score());
    }

    /** {mentor asks, mentee asks, mentor gives, mentee gives}. */
    private static void count(int[] helps, Side askedBy, Side givenBy) {
        if (askedBy != null) {
            helps[askedBy == Side.MENTOR ? 0 : 1]++;
        }
        if (givenBy != null) {
            helps[givenBy == Side.MENTOR ? 2 : 3]++;
        }
    }

    /** The side's average check-in rating over the days, two decimals; null without check-ins. */
    private static Double rating(Input in, Side side, LocalDate from, LocalDate to) {
        double sum = 0;
        int count = 0;
        for (var c : in.checkins()) {
            var on = date(c.at());
            if (c.side() == side && !on.isBefore(from) && !on.isAfter(to)) {
                sum += c.average();
                count++;
            }
        }
        return count == 0 ? null : round2(sum / count);
    }

    private static Double latestPeerRating(Input in, LocalDate end) {
        Double latest = null;
        for (var round : in.rounds()) {
            if (!date(round.revealedAt()).isAfter(end) && round.rating() != null) {
                latest = round2(round.rating());
            }
        }
        return latest;
    }

    /** The goals' average progress at the end of the day, rounded; null when none existed yet. */
    private static Integer goalProgress(Input in, LocalDate day) {
        int count = 0;
        int sum = 0;
        for (var goal : in.goals()) {
            if (!date(goal.createdAt()).isAfter(day)) {
                count++;
                sum += progressAt(goal, day);
            }
        }
        return count == 0 ? null : (int) Math.round(sum / (double) count);
    }

    private static int progressAt(GoalTrack goal, LocalDate day) {
        int now = 0;
        for (var step : goal.steps()) {
            if (date(step.at()).isAfter(day)) {
                break;
            }
            now = step.progress();
        }
        return now;
    }

    private static List<GoalWeek> goalWeeks(Input in, LocalDate end) {
        var rows = new ArrayList<GoalWeek>();
        for (var goal : in.goals()) {
            var created = date(goal.createdAt());
            if (created.isAfter(end)) {
                continue;
            }
            for (var week = weekStart(created); !week.isAfter(end); week = week.plusWeeks(1)) {
                var weekEnd = week.plusDays(6).isAfter(end) ? end : week.plusDays(6);
                rows.add(new GoalWeek(goal.goalId(), goal.title(), week, progressAt(goal, weekEnd)));
            }
        }
        return rows;
    }

    private static List<Day> recentDays(Input in, LocalDate asOf, LocalDate end) {
        var from = asOf.minusDays(DAYS_KEPT - 1);
        var interactions = in.interactions().stream().map(m -> m.on())
                .filter(d -> !d.isBefore(from) && !d.isAfter(end))
                .collect(Collectors.groupingBy(d -> d, TreeMap::new, Collectors.counting()));
        var checkins = in.checkins().stream().map(c -> date(c.at()))
                .filter(d -> !d.isBefore(from) && !d.isAfter(end))
                .collect(Collectors.groupingBy(d -> d, TreeMap::new, Collectors.counting()));
        var days = new TreeMap<LocalDate, int[]>();
        interactions.forEach((d, n) -> days.computeIfAbsent(d, k -> new int[2])[0] = n.intValue());
        checkins.forEach((d, n) -> days.computeIfAbsent(d, k -> new int[2])[1] = n.intValue());
        var activeSince = in.relationship().status() == RelationshipStatus.ACTIVE ? in.startedOn() : null;
        return days.entrySet().stream().map(e -> new Day(e.getKey(), activeSince, e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    static Double round2(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
