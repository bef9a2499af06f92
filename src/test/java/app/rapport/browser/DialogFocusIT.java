package app.rapport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** Tab moves between what can be used in a dialog, never onto its text. */
class DialogFocusIT extends BrowserTestBase {

    private static final String FOCUSED = """
            () => {
              let e = document.activeElement;
              while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
              if (!e) return 'none';
              const host = e.getRootNode().host;
              return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.getAttribute('part') ? '[part=' + e.getAttribute('part') + ']' : '')
                + (host ? ' in ' + host.tagName.toLowerCase() : '') + ' "' + (e.textContent || '').trim().slice(0, 30) + '"';
            }""";

    @Test
    void tab_in_a_confirmation_reaches_only_its_buttons() {
        loginPage().open().signIn("coordinator@rapport.test", DEMO_PASSWORD);
        page.navigate("/programs");
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Spring 2026 Leadership Circle")).first().click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/programs/\\d+$"));
        page.navigate(page.url() + "/participants");
        page.locator("vaadin-grid vaadin-button").filter(new Locator.FilterOptions().setHasText("Remove")).first()
                .click();
        page.locator("vaadin-confirm-dialog-overlay").waitFor();
        var stops = new ArrayList<String>();
        for (int i = 0; i < 4; i++) {
            page.keyboard().press("Tab");
            stops.add((String) page.evaluate(FOCUSED));
        }
        System.err.println("TAB STOPS " + stops + " tabindex=" + page.evaluate("() => document.querySelector('#remove-confirm').getAttribute('tabindex')"));
        assertThat(stops).as("Tab stops").allSatisfy(s -> assertThat(s).startsWith("vaadin-button"))
                .anySatisfy(s -> assertThat(s).contains("Cancel")).anySatisfy(s -> assertThat(s).contains("Take out"));
        page.keyboard().press("Escape");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
                page.locator("vaadin-confirm-dialog-overlay")).isHidden();
    }
}
