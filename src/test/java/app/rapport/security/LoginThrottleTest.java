package app.rapport.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.security.domain.LoginThrottle;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);

    @Test
    void the_fifth_failure_in_the_window_locks_until_the_lock_runs_out() {
        var t = new LoginThrottle("a@example.org", T0);
        for (int i = 0; i < 4; i++) {
            assertThat(t.recordFailure(T0.plusSeconds(60L * i), 5, WINDOW, WINDOW)).isFalse();
        }
        assertThat(t.recordFailure(T0.plusSeconds(240), 5, WINDOW, WINDOW)).isTrue();
        assertThat(t.isLockedAt(T0.plusSeconds(240 + 899))).isTrue();
        assertThat(t.isLockedAt(T0.plusSeconds(240 + 900))).isFalse();
    }

    @Test
    void a_failure_after_the_window_starts_counting_again() {
        var t = new LoginThrottle("a@example.org", T0);
        for (int i = 0; i < 4; i++) {
            t.recordFailure(T0, 5, WINDOW, WINDOW);
        }
        assertThat(t.recordFailure(T0.plus(WINDOW).plusSeconds(1), 5, WINDOW, WINDOW)).isFalse();
        assertThat(t.getFailureCount()).isEqualTo((short) 1);
    }
}
