package app.rapport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The workspace in the browser: the demo mentee opens her relationship with Daniel from her home
 * page, logs a 17-minute walk where she asked for help, checks in with a private reflection, and
 * finds both on the timeline; Daniel then sees the walk, reads its notes and confirms it, but does
 * not see her unshared reflection. The grids' cells are Lit templates rendered in the browser.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceJourneyIT extends BrowserTestBase {

    private static final String ASK = "how to open the hiring committee " + System.nanoTime() % 10_000;
    private static final String REFLECTION = "I rushed the ask; next time I bring numbers " + System.nanoTime() % 10_000;
    // Markup typed as notes must show as the very characters typed.
    private static final String NOTES = "We walked <i>along</i> the river " + System.nanoTime() % 10_000;

    private static Locator has(Locator locator, String text) {
        return locator.filter(new Locator.FilterOptions().setHasText(text));
    }

    /** From the home page, the card of the relationship with this partner. */
    private void openWorkspaceWith(String partner) {
        var card = has(page.locator("#workspace-relationships .rapport-card"), partner);
        card.getByText("Open the workspace").click();
        assertThat(page.locator("#workspace-facts")).containsText("Spring 2026 Leadership Circle");
    }

    /**
     * The cells of the grid row that shows this text. Cell contents are light-DOM children of the
     * grid, slotted into the rows of its shadow DOM, so the row is found through the slots.
     */
    private Locator rowWith(String gridId, String text) {
        var grid = page.locator("#" + gridId);
        assertThat(grid).containsText(text);
        var slots = (String) grid.evaluate("""
                (grid, text) => {
                  const cell = [...grid.querySelectorAll(':scope > vaadin-grid-cell-content')]
                      .find(c => c.textContent.includes(text));
                  return [...cell.assignedSlot.closest('tr').querySelectorAll('slot')]
                      .map(s => `#${grid.id} > vaadin-grid-cell-content[slot="${s.name}"]`).join(', ');
                }""", text);
        return page.locator(slots);
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
        page.locator("#interaction-notes textarea").fill(NOTES);
        page.locator("#interaction-save").click();
        assertThat(page.locator("#interaction-save")).isHidden();
        assertThat(page.locator("#interactions")).containsText("17-minute walk");
        assertThat(page.locator("#interactions")).containsText(ASK);
        var walk = rowWith("interactions", ASK);
        assertThat(walk.locator(".rapport-help-asked .rapport-help-who")).hasText("Lena Fischer asked for help: ");
        assertThat(walk.locator(".rapport-badge")).hasText("Not confirmed yet");
        assertThat(walk.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit"))).isVisible();
        assertThat(walk.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete"))).isVisible();
        assertThat(walk.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm"))).hasCount(0);

        page.locator("#tab-check-ins").click();
        page.locator("#checkin-open").click();
        has(page.locator("#checkin-connection vaadin-radio-button"), "4").click();
        has(page.locator("#checkin-trust vaadin-radio-button"), "5").click();
        has(page.locator("#checkin-value vaadin-radio-button"), "4").click();
        page.locator("#checkin-reflection textarea").fill(REFLECTION);
        page.locator("#checkin-save").click();
        assertThat(page.locator("#checkin-save")).isHidden();
        assertThat(page.locator("#checkins")).containsText(REFLECTION);
        var checkin = rowWith("checkins", REFLECTION);
        assertThat(checkin.locator("[aria-label='Connection 4 of 5']")).hasText("4 / 5");
        assertThat(checkin.locator("[aria-label='Trust 5 of 5']")).hasClass("rapport-score rapport-score-high");
        assertThat(checkin.locator(".rapport-reflection-note")).hasText("Only you see this");
        checkin.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit")).click();
        assertThat(page.locator("#checkin-save")).isVisible();
        // Escape from within the dialog closes it (the focus may still be moving in when it opens).
        page.locator("#checkin-reflection textarea").focus();
        page.keyboard().press("Escape");
        assertThat(page.locator("#checkin-save")).isHidden();
        screenshot("workspace-checkins");

        page.locator("#tab-timeline").click();
        var timeline = page.locator("#timeline");
        assertThat(timeline).containsText("17-minute walk");
        assertThat(timeline).containsText("Checked in: connection 4, trust 5, value 4");
        assertThat(rowWith("timeline", "17-minute walk").locator(".rapport-badge-kind-interaction"))
                .hasText("Interactions");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "workspace-timeline.png")));
    }

    @Test
    @Order(2)
    void the_mentor_sees_the_walk_but_not_the_unshared_reflection() {
        loginPage().open().signIn("mentor@rapport.test", DEMO_PASSWORD);
        openWorkspaceWith("Lena Fischer");
        var walk = rowWith("interactions", ASK);
        var notes = page.locator("#interactions p.rapport-notes");
        assertThat(notes).hasCount(0);
        // The Notes toggle is a button in the cell's template: reachable by keyboard, opens the row's details.
        var toggle = walk.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show or hide the notes"));
        toggle.focus();
        page.keyboard().press("Enter");
        assertThat(notes).hasText(NOTES);
        screenshot("workspace-interaction-notes");
        toggle.click();
        assertThat(notes).isHidden();
        assertThat(walk.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit"))).hasCount(0);
        walk.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm")).click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Confirmed. Thank you!");
        assertThat(walk.locator(".rapport-badge")).hasText("Confirmed");
        assertThat(walk.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm"))).hasCount(0);

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
