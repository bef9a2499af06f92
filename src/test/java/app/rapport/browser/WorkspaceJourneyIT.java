package app.rapport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The workspace in the browser: the demo mentee opens her relationship with Daniel from her home
 * page, logs a 17-minute walk where she asked for help, checks in with a private reflection, and
 * finds both on the timeline; Daniel then sees the walk but not her unshared reflection.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceJourneyIT extends BrowserTestBase {

    private static final String ASK = "how to open the hiring committee " + System.nanoTime() % 10_000;
    private static final String REFLECTION = "I rushed the ask; next time I bring numbers " + System.nanoTime() % 10_000;

    private static Locator has(Locator locator, String text) {
        return locator.filter(new Locator.FilterOptions().setHasText(text));
    }

    /** From the home page, the card of the relationship with this partner. */
    private void openWorkspaceWith(String partner) {
        var card = has(page.locator("#workspace-relationships .rapport-card"), partner);
        card.getByText("Open the workspace").click();
        assertThat(page.locator("#workspace-facts")).containsText("Spring 2026 Leadership Circle");
    }

    private void choose(String selectId, String option) {
        page.locator("#" + selectId).click();
        has(page.locator("vaadin-select-item"), option).first().click();
    }

    @Test
    @Order(1)
    void the_mentee_logs_a_walk_checks_in_and_sees_both_on_the_timeline() {
        loginPage().open().signIn("mentee@rapport.test", DEMO_PASSWORD);
        screenshot("home-relationships");
        openWorkspaceWith("Daniel Okafor");
        assertThat(page.locator("#interactions")).isVisible();
        screenshot("workspace-interactions");

        page.locator("#interaction-log").click();
        choose("interaction-format", "Walk");
        page.locator("#interaction-minutes input").fill("17");
        has(page.locator("#interaction-initiator vaadin-radio-button"), "Lena Fischer").click();
        choose("interaction-asked-by", "Lena Fischer");
        page.locator("#interaction-asked textarea").fill(ASK);
        page.locator("#interaction-save").click();
        assertThat(page.locator("#interaction-save")).isHidden();
        assertThat(page.locator("#interactions")).containsText("17-minute walk");
        assertThat(page.locator("#interactions")).containsText(ASK);

        page.locator("#tab-check-ins").click();
        page.locator("#checkin-open").click();
        has(page.locator("#checkin-connection vaadin-radio-button"), "4").click();
        has(page.locator("#checkin-trust vaadin-radio-button"), "5").click();
        has(page.locator("#checkin-value vaadin-radio-button"), "4").click();
        page.locator("#checkin-reflection textarea").fill(REFLECTION);
        page.locator("#checkin-save").click();
        assertThat(page.locator("#checkin-save")).isHidden();
        assertThat(page.locator("#checkins")).containsText(REFLECTION);
        screenshot("workspace-checkins");

        page.locator("#tab-timeline").click();
        var timeline = page.locator("#timeline");
        assertThat(timeline).containsText("17-minute walk");
        assertThat(timeline).containsText("Checked in: connection 4, trust 5, value 4");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "workspace-timeline.png")));
    }

    @Test
    @Order(2)
    void the_mentor_sees_the_walk_but_not_the_unshared_reflection() {
        loginPage().open().signIn("mentor@rapport.test", DEMO_PASSWORD);
        openWorkspaceWith("Lena Fischer");
        assertThat(page.locator("#interactions")).containsText(ASK);
        page.locator("#tab-check-ins").click();
        assertThat(page.locator("#checkins")).containsText("Lena Fischer");
        assertThat(page.locator("#checkins")).not().containsText(REFLECTION);
        page.locator("#tab-timeline").click();
        assertThat(page.locator("#timeline")).not().containsText(REFLECTION);

        page.locator("#tab-kick-off").click();
        assertThat(page.locator("#kickoff-mentee")).containsText("negotiating");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "workspace-kickoff.png")));
        page.locator("#tab-goals").click();
        assertThat(page.locator("#goal-list")).containsText("Negotiate next year's team budget");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "workspace-goals.png")));
    }
}
