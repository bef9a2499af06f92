package app.rapport.browser;

import com.microsoft.playwright.Page;
import java.util.List;

/** The signed-in frame: side navigation, the user's name, sign out. */
final class Shell {

    private final Page page;

    Shell(Page page) {
        this.page = page;
    }

    void waitUntilShown() {
        page.locator("vaadin-side-nav-item").first().waitFor();
    }

    List<String> navigation() {
        return page.locator("vaadin-side-nav-item").allInnerTexts().stream().map(String::strip).toList();
    }

    void go(String entry) {
        page.locator("vaadin-side-nav-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(entry)).click();
    }

    String userName() {
        return page.locator(".rapport-user-name").innerText();
    }

    void signOut() {
        page.locator("#sign-out").click();
        page.locator("vaadin-login-form").waitFor();
    }
}
