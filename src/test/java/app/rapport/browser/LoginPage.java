package app.rapport.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The sign-in page as a person uses it. */
final class LoginPage {

    private final Page page;

    LoginPage(Page page) {
        this.page = page;
    }

    LoginPage open() {
        page.navigate("/login");
        page.locator("vaadin-login-form").waitFor();
        return this;
    }

    void submit(String email, String password) {
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    /** Signs in and waits for the signed-in frame. */
    Shell signIn(String email, String password) {
        submit(email, password);
        var shell = new Shell(page);
        shell.waitUntilShown();
        return shell;
    }

    /** Waits for the failed-sign-in message and returns it (title and text). */
    String error() {
        var message = page.locator("vaadin-login-form-wrapper [part='error-message']").first();
        message.waitFor();
        return message.innerText();
    }

    boolean isShown() {
        return page.locator("vaadin-login-form").isVisible();
    }
}
