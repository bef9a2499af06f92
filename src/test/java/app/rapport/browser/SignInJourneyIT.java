package app.rapport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.security.AccountService;
import app.rapport.security.CreatedAccount;
import app.rapport.support.MutableClock;
import app.rapport.support.TestPeople;
import com.microsoft.playwright.options.Cookie;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** People signing in, in a real browser: navigation per role, lockout, sessions. */
class SignInJourneyIT extends BrowserTestBase {

    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired MutableClock clock;

    private final TestPeople people = new TestPeople(4242L);

    private CreatedAccount newParticipant() {
        return people.participant(accounts, users);
    }

    @ParameterizedTest(name = "{0} signs in and sees {1}")
    @CsvSource(delimiter = '|', value = {
            "admin@rapport.test       | Home,Feedback requests,Programs,Accounts,Mail,My profile | Morgan Reyes",
            "coordinator@rapport.test | Home,Feedback requests,Programs,My profile | Priya Natarajan",
            "mentor@rapport.test      | Home,Feedback requests,My profile | Daniel Okafor",
            "mentee@rapport.test      | Home,Feedback requests,My profile | Lena Fischer",
            "peer@rapport.test        | Home,Feedback requests,My profile | Sam Whitaker"})
    void each_demo_role_signs_in_and_sees_its_own_navigation(String email, String entries, String name) {
        var shell = loginPage().open().signIn(email, DEMO_PASSWORD);
        assertThat(shell.navigation()).containsExactlyElementsOf(List.of(entries.split(",")));
        assertThat(shell.userName()).isEqualTo(name);
        shell.signOut();
        page.navigate("/profile");
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    @Test
    void an_unknown_email_and_a_wrong_password_get_the_same_message() {
        var login = loginPage().open();
        login.submit("no.such.person@rapport.test", "whatever-password");
        var unknown = login.error();
        login.open().submit("mentor@rapport.test", "wrong-password-1");
        var wrong = login.error();
        assertThat(unknown).isEqualTo(wrong).contains("Incorrect email or password");
    }

    @Test
    void five_wrong_passwords_lock_the_account_until_the_lock_runs_out() {
        var person = newParticipant();
        var email = person.account().email();
        var login = loginPage();
        for (int i = 1; i <= 4; i++) {
            login.open().submit(email, "wrong-password-" + i);
            assertThat(login.error()).contains("Incorrect email or password");
        }
        login.open().submit(email, "wrong-password-5");
        assertThat(login.error()).contains("Account locked for now").contains("15 minutes");
        screenshot("login-locked");
        login.open().submit(email, person.generatedPassword());
        assertThat(login.error()).contains("Account locked for now");

        clock.advance(Duration.ofMinutes(16));
        var shell = login.open().signIn(email, person.generatedPassword());
        assertThat(shell.userName()).isEqualTo(person.account().displayName());
    }

    @Test
    void the_session_id_changes_at_sign_in() {
        var login = loginPage().open();
        screenshot("login");
        var before = sessionCookie();
        login.signIn("mentee@rapport.test", DEMO_PASSWORD);
        var after = sessionCookie();
        assertThat(before).isNotNull();
        assertThat(after).isNotNull().isNotEqualTo(before);
    }

    @Test
    void a_disabled_account_is_signed_out_at_its_next_click() {
        var person = newParticipant();
        var shell = loginPage().open().signIn(person.account().email(), person.generatedPassword());
        TestPeople.asAdmin(users, () -> accounts.setEnabled(person.account().id(), person.account().version(), false));
        shell.go("My profile");
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        loginPage().open().submit(person.account().email(), person.generatedPassword());
        assertThat(loginPage().error()).contains("Account disabled");
    }

    @Test
    void a_password_change_ends_the_other_sessions_and_keeps_this_one() {
        var person = newParticipant();
        var email = person.account().email();
        var elsewhere = pageInOtherBrowser();
        var otherShell = new LoginPage(elsewhere).open().signIn(email, person.generatedPassword());
        var shell = loginPage().open().signIn(email, person.generatedPassword());

        shell.go("My profile");
        page.locator("#current-password input").fill(person.generatedPassword());
        page.locator("#new-password input").fill("a-brand-new-passphrase-42");
        page.locator("#repeat-password input").fill("a-brand-new-passphrase-42");
        page.locator("#save-password").click();
        assertThat(page.getByText("Your password is changed")).isVisible();

        // This session goes on, through a server round trip and a full page load alike.
        shell.go("Home");
        page.reload();
        shell.waitUntilShown();
        assertThat(page.locator("vaadin-login-form")).hasCount(0);
        // The other one is signed out at its next click.
        otherShell.go("My profile");
        assertThat(elsewhere.locator("vaadin-login-form")).isVisible();
    }

    @Test
    void an_admin_reset_ends_every_session_of_that_person() {
        var person = newParticipant();
        var elsewhere = pageInOtherBrowser();
        var otherShell = new LoginPage(elsewhere).open().signIn(person.account().email(), person.generatedPassword());
        var shell = loginPage().open().signIn(person.account().email(), person.generatedPassword());
        TestPeople.asAdmin(users, () -> accounts.resetPassword(person.account().id()));
        shell.go("My profile");
        assertThat(page.locator("vaadin-login-form")).isVisible();
        otherShell.go("My profile");
        assertThat(elsewhere.locator("vaadin-login-form")).isVisible();
    }

    @Test
    void an_unknown_address_shows_a_friendly_page() {
        loginPage().open().signIn("mentee@rapport.test", DEMO_PASSWORD);
        page.navigate("/no/such/page");
        assertThat(page.getByText("This page is not here")).isVisible();
    }

    @Test
    void a_participant_opening_the_admin_page_is_turned_away() {
        loginPage().open().signIn("mentee@rapport.test", DEMO_PASSWORD);
        page.navigate("/admin/accounts");
        assertThat(page.locator("vaadin-grid")).hasCount(0);
        assertThat(page.getByText(Pattern.compile("not open to your account|This page is not here"))).isVisible();
    }

    private String sessionCookie() {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map((Cookie c) -> c.value)
                .findFirst().orElse(null);
    }
}
