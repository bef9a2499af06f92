package app.rapport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.support.TestPeople;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** An admin brings a new person in; that person signs in and makes the account their own. */
class AccountsJourneyIT extends BrowserTestBase {

    private final TestPeople people = new TestPeople(99L);

    @Test
    void admin_creates_an_account_and_the_new_person_signs_in_and_changes_their_password() {
        var name = people.name();
        var email = people.email(name);

        var shell = loginPage().open().signIn("admin@rapport.test", DEMO_PASSWORD);
        var accounts = new AccountsPage(page).waitUntilShown();
        screenshot("accounts");
        var password = accounts.createParticipant(email, name);
        screenshot("account-created");
        assertThat(password).hasSize(16);
        accounts.dismissPassword();
        accounts.search(email.substring(0, email.indexOf('@')));
        assertThat(page.locator("vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(email.toLowerCase()))).hasCount(1);
        accounts.edit(name);
        var dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Edit " + name);
        assertThat(page.locator("#account-name input")).hasValue(name);
        screenshot("account-edit");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();
        assertThat(dialog).isHidden();
        shell.signOut();

        var newcomer = loginPage().open().signIn(email, password);
        assertThat(newcomer.userName()).isEqualTo(name);
        assertThat(page.getByText("Welcome, " + name)).isVisible();
        screenshot("participant-home");

        newcomer.go("My profile");
        page.locator("#current-password input").fill(password);
        page.locator("#new-password input").fill("my own long passphrase");
        page.locator("#repeat-password input").fill("my own long passphrase");
        page.locator("#save-password").click();
        assertThat(page.getByText("Your password is changed")).isVisible();
        screenshot("profile");
        newcomer.signOut();

        loginPage().open().signIn(email, "my own long passphrase");
    }

    @Test
    void a_duplicate_email_is_shown_next_to_the_field_and_nothing_is_created() {
        loginPage().open().signIn("admin@rapport.test", DEMO_PASSWORD);
        new AccountsPage(page).waitUntilShown();
        page.locator("#new-account").click();
        page.locator("#account-email input").fill("MENTOR@rapport.test");
        page.locator("#account-name input").fill("Someone Else");
        page.locator("#create-account").click();
        assertThat(page.locator("#account-email")).hasAttribute("invalid", "");
        // Within the field: Vaadin also repeats the message in a live region for screen readers.
        assertThat(page.locator("#account-email").getByText("An account with this email already exists"))
                .isVisible();
        screenshot("account-duplicate");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel")).click();
        // What was typed is not thrown away without asking.
        page.locator("#discard-confirm vaadin-button").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Discard")).click();
        assertThat(page.locator("#create-account")).isHidden();
        page.getByLabel("Search name or email").fill("Someone Else");
        assertThat(page.getByText("No account matches this search.")).isVisible();
    }
}
