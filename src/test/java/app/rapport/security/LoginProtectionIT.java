package app.rapport.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.security.domain.AuditEventRepository;
import app.rapport.support.MutableClock;
import app.rapport.support.RapportSpringTest;
import app.rapport.support.TestPeople;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Sign-in through the real authentication manager: lockout, its window, and no account enumeration. */
@RapportSpringTest
class LoginProtectionIT {

    @Autowired AuthenticationConfiguration authenticationConfiguration;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired AuditEventRepository audit;
    @Autowired MutableClock clock;

    private final TestPeople people = new TestPeople(7L);

    private AuthenticationManager manager() throws Exception {
        return authenticationConfiguration.getAuthenticationManager();
    }

    private CreatedAccount newAccount() {
        return people.participant(accounts, users);
    }

    private Throwable attempt(String email, String password) throws Exception {
        var manager = manager();
        try {
            manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    @Test
    void five_failures_within_fifteen_minutes_lock_the_account_for_fifteen_minutes() throws Exception {
        var created = newAccount();
        var email = created.account().email();
        for (int i = 0; i < 4; i++) {
            assertThat(attempt(email, "wrong-password-" + i)).isInstanceOf(BadCredentialsException.class);
            clock.advance(Duration.ofMinutes(3));
        }
        assertThat(attempt(email, "wrong-password-5")).isInstanceOf(LockedException.class)
                .hasMessageContaining("locked for 15 minutes");
        // While locked, even the right password is refused.
        assertThat(attempt(email, created.generatedPassword())).isInstanceOf(LockedException.class);
        clock.advance(Duration.ofMinutes(14));
        assertThat(attempt(email, created.generatedPassword())).isInstanceOf(LockedException.class);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(attempt(email, created.generatedPassword())).isNull();
        assertThat(audit.findByAccountIdAndTypeOrderByIdAsc(created.account().id(), AuditEventType.LOCKOUT))
                .hasSize(1);
        assertThat(audit.findByAccountIdAndTypeOrderByIdAsc(created.account().id(), AuditEventType.LOGIN_FAILURE))
                .hasSize(5);
        assertThat(audit.findByAccountIdAndTypeOrderByIdAsc(created.account().id(), AuditEventType.LOGIN_SUCCESS))
                .hasSize(1);
    }

    @Test
    void failures_spread_beyond_the_window_do_not_lock() throws Exception {
        var created = newAccount();
        for (int i = 0; i < 8; i++) {
            assertThat(attempt(created.account().email(), "nope-nope-nope")).isInstanceOf(BadCredentialsException.class);
            clock.advance(Duration.ofMinutes(4));
        }
        assertThat(attempt(created.account().email(), created.generatedPassword())).isNull();
    }

    @Test
    void a_success_clears_earlier_failures() throws Exception {
        var created = newAccount();
        var email = created.account().email();
        for (int i = 0; i < 4; i++) {
            attempt(email, "wrong");
        }
        assertThat(attempt(email, created.generatedPassword())).isNull();
        for (int i = 0; i < 4; i++) {
            assertThat(attempt(email, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void an_unknown_email_and_a_wrong_password_fail_alike_and_both_lock() throws Exception {
        var known = newAccount().account().email();
        var unknown = "nobody." + System.identityHashCode(this) + "@example.org";
        var knownFailure = attempt(known, "wrong-password");
        var unknownFailure = attempt(unknown, "wrong-password");
        assertThat(knownFailure).isInstanceOf(BadCredentialsException.class);
        assertThat(unknownFailure).isInstanceOf(BadCredentialsException.class);
        assertThat(unknownFailure.getMessage()).isEqualTo(knownFailure.getMessage());
        for (int i = 0; i < 4; i++) {
            attempt(known, "wrong-password");
            attempt(unknown, "wrong-password");
        }
        assertThat(attempt(unknown, "wrong-password").getMessage())
                .isEqualTo(attempt(known, "wrong-password").getMessage());
    }

    @Test
    void the_email_is_case_insensitive_at_sign_in() throws Exception {
        var created = newAccount();
        assertThat(attempt("  " + created.account().email().toUpperCase() + " ", created.generatedPassword())).isNull();
    }

    @Test
    void a_disabled_account_cannot_sign_in_and_says_so_only_after_the_right_password() throws Exception {
        var created = newAccount();
        TestPeople.asAdmin(users, () -> accounts.setEnabled(created.account().id(), created.account().version(), false));
        assertThat(attempt(created.account().email(), "wrong-password")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> manager().authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                created.account().email(), created.generatedPassword())))
                .isInstanceOf(DisabledException.class);
    }
}
