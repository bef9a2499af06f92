package app.rapport.progress.ui;

import app.rapport.base.Days;
import app.rapport.base.ui.chart.ChartSpec;
import app.rapport.base.ui.chart.ChartSpec.Kind;
import app.rapport.base.ui.chart.ChartSpec.Series;
import app.rapport.progress.ProgramDashboard;
import app.rapport.progress.RelationshipProgress;
import app.rapport.progress.WeekMetrics;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The charts of progress as data: each method turns metrics into the spec that the chart draws and
 * its data table lists, so what is drawn, what is listed and what was measured are one thing.
 */
final class ProgressCharts {

    static final String MENTOR = "#2f6fd6";
    static final String MENTEE = "#8a5cc2";
    static final String PEERS = "#e09b2d";
    static final String INTERACTIONS = "#1f705a";
    static final String MINUTES = "#5e6e80";
    static final String HEALTH = "#1f705a";
    private static final List<String> GOAL_COLORS = List.of("#1f705a", "#2f6fd6", "#e09b2d", "#8a5cc2", "#c2577f",
            "#5e6e80");

    private ProgressCharts() {
    }

    static List<String> weekLabels(List<LocalDate> weeks) {
        boolean oneYear = weeks.isEmpty() || weeks.get(0).getYear() == weeks.get(weeks.size() - 1).getYear();
        return weeks.stream().map(w -> (oneYear ? Days.DAY_MONTH : Days.DAY_MONTH_YY).format(w)).toList();
    }

    private static List<String> labels(RelationshipProgress p) {
        return weekLabels(p.weeks().stream().map(WeekMetrics::weekStart).toList());
    }

    private static List<Double> values(RelationshipProgress p, Function<WeekMetrics, Number> metric) {
        var values = new ArrayList<Double>(p.weeks().size());
        for (var w : p.weeks()) {
            var v = metric.apply(w);
            values.add(v == null ? null : v.doubleValue());
        }
        return values;
    }

    static ChartSpec ratings(RelationshipProgress p) {
        return ChartSpec.line("Ratings over time", "Week of", labels(p))
                .withSeries(Series.of("Mentor's check-ins", values(p, WeekMetrics::mentorRating)).withColor(MENTOR)
                                .withUnit(null, 1),
                        Series.of("Mentee's check-ins", values(p, WeekMetrics::menteeRating)).withColor(MENTEE)
                                .withUnit(null, 1),
                        Series.of("Peers", values(p, WeekMetrics::peerRating)).withColor(PEERS).withUnit(null, 1))
                .withYAxis("Rating (1-5)", 1.0, 5.0);
    }

    /** Interactions and minutes per week; weeks that end inside a gap longer than the threshold carry a note. */
    static ChartSpec interactions(RelationshipProgress p) {
        var notes = p.weeks().stream().map(w -> w.gap(p.stallThresholdDays())
                ? "Gap: " + w.daysSinceInteraction() + " days" : null).toList();
        return ChartSpec.bar("Interactions per week", "Week of", labels(p))
                .withSeries(Series.of("Interactions", values(p, WeekMetrics::interactions)).withColor(INTERACTIONS)
                                .withUnit(null, 0),
                        Series.of("Minutes", values(p, WeekMetrics::minutes)).withColor(MINUTES).drawnAs(Kind.LINE)
                                .onSecondAxis().withUnit(null, 0))
                .withYAxis("Interactions", 0.0, null).withSecondYAxis("Minutes").withNotes(notes);
    }

    static ChartSpec goals(RelationshipProgress p) {
        var spec = ChartSpec.line("Goal progress", "Week of", labels(p)).withYAxis("Progress (%)", 0.0, 100.0);
        for (int i = 0; i < p.goals().size(); i++) {
            var goal = p.goals().get(i);
            var values = goal.progress().stream().map(v -> v == null ? null : v.doubleValue()).toList();
            spec = spec.withSeries(Series.of(goal.title(), values).withColor(GOAL_COLORS.get(i % GOAL_COLORS.size()))
                    .withUnit("%", 0));
        }
        return spec;
    }

    /** Who asked for help and who gave it, per side, over the range. */
    static ChartSpec asksAndGives(RelationshipProgress p) {
        return ChartSpec.bar("Asks and gives", "Side", List.of("Mentor", "Mentee"))
                .withSeries(Series.of("Asked for help", List.of((double) p.mentorAsks(), (double) p.menteeAsks()))
                                .withColor(PEERS).withUnit(null, 0),
                        Series.of("Gave help", List.of((double) p.mentorGives(), (double) p.menteeGives()))
                                .withColor(INTERACTIONS).withUnit(null, 0))
                .withYAxis("Times", 0.0, null);
    }

    static ChartSpec health(RelationshipProgress p) {
        return ChartSpec.line("Health over time", "Week of", labels(p))
                .withSeries(Series.of("Health", values(p, WeekMetrics::health)).withColor(HEALTH).withUnit(null, 0))
                .withYAxis("Health (0-100)", 0.0, 100.0);
    }

    /** Active pairs per band of 20 points, the lowest band first. */
    static ChartSpec distribution(ProgramDashboard d) {
        var bands = List.of("0-19", "20-39", "40-59", "60-79", "80-100");
        return ChartSpec.bar("Health of active pairs", "Health", bands)
                .withSeries(Series.of("Active pairs", d.distribution().stream().map(Integer::doubleValue).toList())
                        .withColor(HEALTH).withUnit(null, 0))
                .withYAxis("Pairs", 0.0, null);
    }

    static ChartSpec trend(ProgramDashboard d) {
        var labels = weekLabels(d.trend().stream().map(ProgramDashboard.HealthWeek::weekStart).toList());
        return ChartSpec.line("Average health per week", "Week of", labels)
                .withSeries(Series.of("Average health", d.trend().stream().map(w -> (double) w.averageHealth())
                                .toList()).withColor(HEALTH).withUnit(null, 0))
                .withYAxis("Average health (0-100)", 0.0, 100.0);
    }
}
