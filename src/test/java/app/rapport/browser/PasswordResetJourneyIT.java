package app.rapport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.security.AccountService;
import app.rapport.support.IssuedResetLinks;
import app.rapport.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A forgotten password, in a real browser: from the sign-in page to a new password, the old sessions ended. */
class PasswordResetJourneyIT extends BrowserTestBase {

    private static final String NEW_PASSWORD = "a quiet morning by the lake";

    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired IssuedResetLinks issued;

    private final TestPeople people = new TestPeople(4343L);

    @Test
    void a_person_resets_a_forgotten_password_by_link_and_every_old_session_ends() {
        var person = people.participant(accounts, users);
        var email = person.account().email();
        var elsewhere = pageInOtherBrowser();
        var otherShell = new LoginPage(elsewhere).open().signIn(email, person.generatedPassword());

        loginPage().open();
        page.getByText("Forgot password?").click();
        page.locator("#reset-email input").fill(email);
        screenshot("forgot-password");
        page.locator("#reset-send").click();
        assertThat(page.locator("#reset-sent")).containsText(email);
        screenshot("forgot-password-sent");

        // With no SMTP server (as here and in the demo) the admin reads the mail on the Mail page.
        var admin = pageInOtherBrowser();
        new LoginPage(admin).open().signIn("admin@rapport.test", DEMO_PASSWORD);
        admin.navigate("/admin/mail");
        admin.locator("#mail-grid").getByText(email).first().click();
        assertThat(admin.locator("#mail-facts")).containsText(email);
        admin.waitForTimeout(300);
        admin.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "mail-page.png")));
        admin.getByText("As text").click();
        var text = admin.locator("#mail-text").innerText();
        var token = issued.latestFor(email).orElseThrow().token();
        assertThat(text).contains("/reset-password/" + token);
        page.navigate("/reset-password/" + token);
        page.locator("#new-password input").fill(NEW_PASSWORD);
        page.locator("#confirm-password input").fill(NEW_PASSWORD);
        screenshot("reset-password");
        page.locator("#reset-set").click();
        assertThat(page.locator("#login-notice")).isVisible();
        loginPage().signIn(email, NEW_PASSWORD);

        otherShell.go("My profile");
        assertThat(elsewhere.locator("vaadin-login-form")).isVisible();

        page.navigate("/reset-password/" + token);
        assertThat(page.locator("#reset-link-refused")).containsText("used already");
        screenshot("reset-link-used");
    }
}
