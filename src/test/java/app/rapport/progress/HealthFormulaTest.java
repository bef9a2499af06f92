package app.rapport.progress;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.feedback.PeerSignals.RevealedRound;
import app.rapport.pairing.RelationshipFacts;
import app.rapport.pairing.RelationshipStatus;
import app.rapport.progress.Health.Effect;
import app.rapport.progress.Health.Reason;
import app.rapport.progress.HealthFormula.Input;
import app.rapport.workspace.Side;
import app.rapport.workspace.WorkspaceHistory.GoalTrack;
import app.rapport.workspace.WorkspaceHistory.Met;
import app.rapport.workspace.WorkspaceHistory.Rated;
import app.rapport.workspace.WorkspaceHistory.Step;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The health formula on hand-made histories whose verdict a coordinator would agree with: a
 * thriving pair, a one-sided one, a stalled one and a new one; and each part of the score on its own.
 */
class HealthFormulaTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final int THRESHOLD = 14;

    @Test
    void a_thriving_pair_is_healthy_and_told_why() {
        var h = pair(TODAY.minusWeeks(20));
        for (int week = 20; week >= 0; week--) {
            var day = TODAY.minusWeeks(week);
            h.met(day, 45, week % 2 == 0 ? Side.MENTEE : Side.MENTOR, week % 2 == 0 ? Side.MENTOR : Side.MENTEE);
            if (week % 2 == 0) {
                h.checkin(Side.MENTOR, day, 5, 4, 5).checkin(Side.MENTEE, day, 5, 5, 4);
            }
        }
        h.goal(TODAY.minusWeeks(19), step(TODAY.minusWeeks(19), 0), step(TODAY.minusWeeks(10), 40),
                step(TODAY.minusWeeks(2), 80));
        h.round(TODAY.minusWeeks(3), 4.5);

        var result = HealthFormula.on(h.input(), TODAY);

        assertThat(result.health().score()).isGreaterThanOrEqualTo(85);
        assertThat(result.health().band()).isEqualTo(Health.Band.HEALTHY);
        assertThat(result.oneSided()).isFalse();
        assertThat(texts(result.health(), Effect.LIFTS)).anyMatch(t -> t.startsWith("Met in 8 of the last 8 weeks"))
                .anyMatch(t -> t.startsWith("Help flows both ways"))
                .anyMatch(t -> t.startsWith("Check-ins rate it 4.7 of 5"))
                .anyMatch(t -> t.startsWith("Goal progress moved in the last 8 weeks (now 80 %"))
                .anyMatch(t -> t.startsWith("Peers rate the pair 4.5 of 5"));
        assertThat(texts(result.health(), Effect.LOWERS)).isEmpty();
    }

    @Test
    void a_one_sided_pair_is_flagged_and_scores_lower_than_the_same_pair_with_help_both_ways() {
        var oneSided = pair(TODAY.minusWeeks(12));
        var even = pair(TODAY.minusWeeks(12));
        for (int week = 12; week >= 0; week--) {
            var day = TODAY.minusWeeks(week);
            oneSided.met(day, 30, Side.MENTEE, Side.MENTOR);
            even.met(day, 30, week % 2 == 0 ? Side.MENTEE : Side.MENTOR, week % 2 == 0 ? Side.MENTOR : Side.MENTEE);
        }

        var flagged = HealthFormula.on(oneSided.input(), TODAY);
        var balanced = HealthFormula.on(even.input(), TODAY);

        assertThat(flagged.oneSided()).isTrue();
        assertThat(balanced.oneSided()).isFalse();
        assertThat(texts(flagged.health(), Effect.LOWERS))
                .contains("One-sided give-and-take: 16 of the 16 asks and gives in the last 8 weeks were help for "
                        + "the mentee");
        assertThat(balanced.health().score() - flagged.health().score()).isEqualTo(HealthFormula.RECIPROCITY);
    }

    @Test
    void a_stalled_pair_is_at_risk_with_the_gap_as_its_first_reason() {
        var h = pair(TODAY.minusWeeks(16));
        for (int week = 16; week >= 7; week--) {
            var day = TODAY.minusWeeks(week);
            h.met(day, 60, Side.MENTEE, Side.MENTOR).met(day.plusDays(2), 20, Side.MENTOR, Side.MENTEE);
            h.checkin(Side.MENTOR, day, 4, 4, 4).checkin(Side.MENTEE, day, 4, 4, 3);
        }
        h.goal(TODAY.minusWeeks(15), step(TODAY.minusWeeks(15), 0), step(TODAY.minusWeeks(9), 30));

        var health = HealthFormula.on(h.input(), TODAY).health();

        assertThat(health.score()).isLessThan(40);
        assertThat(health.band()).isEqualTo(Health.Band.AT_RISK);
        int gap = HealthFormula.days(TODAY.minusWeeks(7).plusDays(2), TODAY);
        assertThat(health.reasons().get(0)).isEqualTo(new Reason(Effect.LOWERS,
                "No interaction for " + gap + " days (the program's stall threshold is 14)"));
        assertThat(texts(health, Effect.LOWERS)).contains("Met in only 2 of the last 8 weeks",
                "No goal progress in the last 8 weeks (still 30 % on average)");
    }

    @Test
    void a_new_pair_is_judged_on_what_it_could_have_done_and_nothing_more() {
        var h = pair(TODAY.minusDays(4));
        h.met(TODAY.minusDays(2), 17, Side.MENTEE, Side.MENTOR);

        var health = HealthFormula.on(h.input(), TODAY).health();

        assertThat(health.reasons()).first().isEqualTo(new Reason(Effect.NOTE, "New: started 4 days ago"));
        assertThat(texts(health, Effect.LOWERS)).isEmpty();
        // Cadence full (30); one ask and one give, both help for the mentee, so no help the other way,
        // pulled towards 0.5 for lack of evidence ((0 * 2 + 0.5 * 2) / 4 of 20); the rest neutral (0.5).
        assertThat(health.score()).isEqualTo(Math.round(30 + 20 * 0.25f + 0.5f * (25 + 15 + 10)));
    }

    @Test
    void mentoring_that_helps_the_mentee_more_is_not_one_sided_while_a_quarter_flows_back() {
        var h = pair(TODAY.minusWeeks(8));
        for (int week = 7; week >= 0; week--) {
            var day = TODAY.minusWeeks(week);
            h.met(day, 30, Side.MENTEE, week % 2 == 0 ? Side.MENTEE : Side.MENTOR);
        }

        var result = HealthFormula.on(h.input(), TODAY);

        // 12 of the 16 asks and gives helped the mentee, 4 (a quarter) the mentor: full marks.
        assertThat(result.oneSided()).isFalse();
        assertThat(texts(result.health(), Effect.LIFTS))
                .contains("Help flows both ways (12 times to the mentee, 4 to the mentor in the last 8 weeks)");
    }

    @Test
    void falling_ratings_of_one_side_lower_the_score_and_say_whose() {
        var steady = pair(TODAY.minusWeeks(8));
        var falling = pair(TODAY.minusWeeks(8));
        for (int week = 7; week >= 0; week--) {
            var day = TODAY.minusWeeks(week).minusDays(1);
            steady.checkin(Side.MENTEE, day, 4, 4, 4);
            falling.checkin(Side.MENTEE, day, week >= 4 ? 5 : 3, week >= 4 ? 5 : 3, week >= 4 ? 5 : 3);
        }

        var down = HealthFormula.on(falling.input(), TODAY).health();

        assertThat(texts(down, Effect.LOWERS)).contains("The mentee's check-in ratings fell from 5.0 to 3.0");
        assertThat(down.score()).isLessThan(HealthFormula.on(steady.input(), TODAY).health().score());
    }

    @Test
    void the_score_is_computed_as_of_the_day_and_ignores_what_came_later() {
        var h = pair(TODAY.minusWeeks(10));
        h.met(TODAY.minusWeeks(10), 30, null, null);
        var before = HealthFormula.on(h.input(), TODAY.minusWeeks(6)).health();
        h.met(TODAY.minusWeeks(2), 30, Side.MENTEE, Side.MENTOR).checkin(Side.MENTOR, TODAY.minusWeeks(1), 1, 1, 1);

        assertThat(HealthFormula.on(h.input(), TODAY.minusWeeks(6)).health()).isEqualTo(before);
    }

    @Test
    void a_goal_set_late_counts_against_a_relationship_three_weeks_old_but_not_before() {
        var young = pair(TODAY.minusDays(13));
        var older = pair(TODAY.minusDays(30));

        assertThat(texts(HealthFormula.on(young.input(), TODAY).health(), Effect.LOWERS))
                .doesNotContain("No goals set yet");
        assertThat(texts(HealthFormula.on(older.input(), TODAY).health(), Effect.LOWERS))
                .contains("No goals set yet");
    }

    // ---- a small builder of histories ---------------------------------------------------------

    private static List<String> texts(Health health, Effect effect) {
        return health.reasons().stream().filter(r -> r.effect() == effect).map(Reason::text).toList();
    }

    private static Step step(LocalDate day, int progress) {
        return new Step(day.atTime(12, 0).toInstant(ZoneOffset.UTC), progress);
    }

    private static History pair(LocalDate startedOn) {
        return new History(startedOn);
    }

    private static final class History {
        private final LocalDate startedOn;
        private final List<Met> interactions = new ArrayList<>();
        private final List<Rated> checkins = new ArrayList<>();
        private final List<GoalTrack> goals = new ArrayList<>();
        private final List<RevealedRound> rounds = new ArrayList<>();

        History(LocalDate startedOn) {
            this.startedOn = startedOn;
        }

        History met(LocalDate on, int minutes, Side askedBy, Side givenBy) {
            interactions.add(new Met(on, minutes, askedBy, givenBy));
            return this;
        }

        History checkin(Side side, LocalDate on, int connection, int trust, int value) {
            checkins.add(new Rated(side, on.atTime(18, 0).toInstant(ZoneOffset.UTC), connection, trust, value));
            return this;
        }

        History goal(LocalDate created, Step... steps) {
            goals.add(new GoalTrack(goals.size() + 1L, "Goal " + (goals.size() + 1),
                    created.atTime(9, 0).toInstant(ZoneOffset.UTC), List.of(steps)));
            return this;
        }

        History round(LocalDate revealed, double rating) {
            rounds.add(new RevealedRound(rounds.size() + 1L, revealed.atTime(10, 0).toInstant(ZoneOffset.UTC), 3,
                    rating));
            return this;
        }

        Input input() {
            var started = startedOn.atTime(8, 0).toInstant(ZoneOffset.UTC);
            var facts = new RelationshipFacts(7L, 3L, 11L, 12L, "Mentor", "Mentee", RelationshipStatus.ACTIVE,
                    started.minusSeconds(86_400), started, null);
            return new Input(facts, THRESHOLD, interactions, checkins, goals, rounds);
        }
    }
}
