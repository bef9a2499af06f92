package app.rapport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The coordinator's console on a laptop screen (1440 x 900): what it shows first, and nothing cut off. */
class ConsoleLayoutIT extends BrowserTestBase {

    private Page laptop() {
        return pageInOtherBrowser(options -> options.setViewportSize(1440, 900));
    }

    private static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
    }

    @Test
    void the_coordinators_home_shows_their_program_with_its_pairs_at_risk() {
        var page = laptop();
        new LoginPage(page).open().signIn("coordinator@rapport.test", DEMO_PASSWORD);
        var card = page.locator(".rapport-program-card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Spring 2026 Leadership Circle"));
        assertThat(card).containsText("active pairs");
        assertThat(card).containsText("at risk");
        shoot(page, "coordinator-home");
        card.getByText("Open the dashboard").click();
        page.waitForURL("**/dashboard");
    }

    @Test
    void the_program_list_shows_every_date_range_whole_and_a_row_click_opens_the_program() {
        var page = laptop();
        new LoginPage(page).open().signIn("admin@rapport.test", DEMO_PASSWORD);
        page.navigate("/programs");
        var cells = page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(java.util.regex.Pattern.compile("\\d{4} – ")));
        cells.first().waitFor();
        shoot(page, "programs-list");
        // A cut cell shows an ellipsis: its text is wider than the cell.
        var cut = page.evaluate("""
                () => [...document.querySelectorAll('vaadin-grid-cell-content')]
                  .filter(c => /\\d{4} – /.test(c.textContent) && c.scrollWidth > c.clientWidth + 1)
                  .map(c => c.textContent)""");
        assertThat((java.util.List<?>) cut).isEmpty();
        page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Spring 2026 Leadership Circle")).first().click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/programs/\\d+$"));
    }

    @Test
    void the_participants_page_counts_the_people_and_exports_a_selection() {
        var page = laptop();
        new LoginPage(page).open().signIn("coordinator@rapport.test", DEMO_PASSWORD);
        page.navigate("/programs");
        page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Spring 2026 Leadership Circle")).first().click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/programs/\\d+$"));
        page.navigate(page.url() + "/participants");
        assertThat(page.locator("#participant-count")).containsText("people");
        page.locator("#participants vaadin-checkbox, vaadin-grid vaadin-checkbox").nth(1).click();
        page.locator("vaadin-grid vaadin-checkbox").nth(2).click();
        assertThat(page.locator("#export-selected")).containsText("Export 2 selected");
        shoot(page, "participants-selection");
        var download = page.waitForDownload(() -> page.locator("#export-selected").click());
        var csv = new String(readAll(download.path()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(3);
        assertThat(csv).startsWith("email,name,role");
    }

    private static byte[] readAll(Path path) {
        try {
            return java.nio.file.Files.readAllBytes(path);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
