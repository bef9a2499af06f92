package app.rapport.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The admin's account list and its dialogs. */
final class AccountsPage {

    private final Page page;

    AccountsPage(Page page) {
        this.page = page;
    }

    AccountsPage waitUntilShown() {
        page.locator("vaadin-grid").waitFor();
        return this;
    }

    /** Creates a participant with a generated password; returns that password as shown once. */
    String createParticipant(String email, String name) {
        page.locator("#new-account").click();
        page.locator("#account-email input").fill(email);
        page.locator("#account-name input").fill(name);
        // Inviting is the default; the journey takes the fallback for places without mail.
        page.locator("#account-password-choice").getByText("Generate a password and show it to me once").click();
        page.locator("#create-account").click();
        var shown = page.locator("#one-time-password input");
        shown.waitFor();
        var password = shown.inputValue();
        return password;
    }

    void dismissPassword() {
        page.locator("#password-noted").click();
    }

    void search(String text) {
        page.getByLabel("Search name or email").fill(text);
    }

    /** Opens the edit dialog from the row's Edit button, which the grid's template labels with the name. */
    void edit(String name) {
        page.locator("vaadin-grid-cell-content").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Edit " + name)).click();
    }

    int visibleRowsContaining(String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)).count();
    }
}
