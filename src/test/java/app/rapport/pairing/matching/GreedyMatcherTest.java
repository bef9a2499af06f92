package app.rapport.pairing.matching;

import static app.rapport.pairing.matching.OptimalMatcher.FORBIDDEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The baseline's rules, one at a time, on instances small enough to follow by hand. */
class GreedyMatcherTest {

    private static final int F = FORBIDDEN;

    @Test
    void the_highest_scoring_pair_is_taken_first_even_when_it_blocks_better_totals() {
        int[][] scores = {{90, 80}, {85, 0}};

        assertThat(GreedyMatcher.solve(scores, new int[] {1, 1})).containsExactly(0, 1);
    }

    @Test
    void score_ties_go_to_the_lower_mentee_first() {
        int[][] scores = {{50}, {50}, {50}};

        assertThat(GreedyMatcher.solve(scores, new int[] {2})).containsExactly(0, 0, -1);
    }

    @Test
    void score_ties_of_one_mentee_go_to_the_lower_mentor() {
        int[][] scores = {{70, 70, 70}};

        assertThat(GreedyMatcher.solve(scores, new int[] {1, 1, 1})).containsExactly(0);
    }

    @Test
    void a_full_mentor_is_skipped_and_the_next_best_free_one_taken() {
        int[][] scores = {{60, 40}, {90, 30}, {F, 20}};

        // Mentee 1 takes mentor 0 (90), mentee 0 falls back to mentor 1 (40), which is then full.
        assertThat(GreedyMatcher.solve(scores, new int[] {1, 1})).containsExactly(1, 0, -1);
    }

    @Test
    void forbidden_pairs_are_never_made() {
        int[][] scores = {{F, 10}, {F, F}};

        assertThat(GreedyMatcher.solve(scores, new int[] {5, 5})).containsExactly(1, -1);
    }

    @Test
    void pairs_scoring_zero_are_made_when_room_is_left() {
        int[][] scores = {{0, F}, {0, 0}};

        assertThat(GreedyMatcher.solve(scores, new int[] {1, 1})).containsExactly(0, 1);
    }

    @Test
    void capacity_zero_and_empty_inputs_pair_nobody() {
        assertThat(GreedyMatcher.solve(new int[][] {{100}}, new int[] {0})).containsExactly(-1);
        assertThat(GreedyMatcher.solve(new int[2][0], new int[0])).containsExactly(-1, -1);
        assertThat(GreedyMatcher.solve(new int[0][], new int[] {1})).isEmpty();
    }

    @Test
    void malformed_input_is_rejected_like_the_optimal_solver_does() {
        assertThatThrownBy(() -> GreedyMatcher.solve(new int[][] {{1, 2}, {3}}, new int[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mentee 1 has 1 entries");
        assertThatThrownBy(() -> GreedyMatcher.solve(new int[][] {{1}}, new int[] {-3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity of mentor 0 is -3");
    }
}
