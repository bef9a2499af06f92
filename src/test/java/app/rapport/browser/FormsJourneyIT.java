package app.rapport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Typed text in the browser: a paste longer than a field's limit is kept whole and refused with its
 * length (the browser's own maxlength would have cut it), a long unbroken goal title stays inside
 * its card, and a long reflection shows three lines until "Show more". Daniel, the demo mentor,
 * works in his relationship with Lena.
 */
class FormsJourneyIT extends BrowserTestBase {

    private static final Pattern CLAMPED = Pattern.compile("\\brapport-clamp\\b");
    private static final String UNBROKEN = "Negotiate" + "x".repeat(111);

    private void openWorkspaceWithLena() {
        loginPage().open().signIn("mentor@rapport.test", DEMO_PASSWORD);
        page.locator("#workspace-relationships .rapport-card")
                .filter(new Locator.FilterOptions().setHasText("Lena Fischer")).getByText("Open the workspace").click();
        assertThat(page.locator("#workspace-facts")).containsText("Spring 2026 Leadership Circle");
    }

    private void shot(Locator locator, String name) {
        locator.screenshot(new Locator.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
    }

    @Test
    void a_pasted_goal_title_over_its_limit_is_kept_whole_and_refused_with_its_length() {
        openWorkspaceWithLena();
        page.locator("#tab-goals").click();
        page.locator("#goal-add").click();
        var input = page.locator("#goal-title input");
        input.focus();
        // insertText is what a paste does to the field: the browser's maxlength would cut it to 120.
        page.keyboard().insertText("A goal pasted from my notes, " + "far too long ".repeat(10));
        assertThat(input).hasValue("A goal pasted from my notes, " + "far too long ".repeat(10));
        assertThat(page.locator("#goal-title-counter")).hasText("159 / 120");
        page.locator("#goal-save").click();
        assertThat(page.locator("#goal-title")).hasAttribute("invalid", "");
        assertThat(page.locator("#goal-title")).containsText("At most 120 characters: this has 159");
        assertThat(page.locator("#goal-save")).isVisible();
        shot(page.locator("vaadin-dialog-overlay, vaadin-dialog").last(), "dialog-counter-refused");

        // Cutting it to the limit makes it acceptable; the counter follows.
        input.fill("Agree a budget " + "x".repeat(90));
        assertThat(page.locator("#goal-title-counter")).hasText("105 / 120");
        shot(page.locator("vaadin-dialog-overlay, vaadin-dialog").last(), "dialog-counter");
        page.locator("#goal-cancel").click();
        assertThat(page.locator("#discard-confirm")).containsText("Discard your changes?");
        page.getByText("Discard", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#goal-save")).isHidden();
    }

    @Test
    void a_long_unbroken_goal_title_stays_inside_its_card() {
        openWorkspaceWithLena();
        page.locator("#tab-goals").click();
        page.locator("#goal-add").click();
        page.locator("#goal-title input").fill(UNBROKEN);
        page.locator("#goal-title input").press("Enter");
        assertThat(page.locator("#goal-save")).isHidden();
        var title = page.locator(".rapport-goal-title").filter(new Locator.FilterOptions().setHasText(UNBROKEN));
        assertThat(title).isVisible();
        var card = page.locator(".rapport-goal").filter(new Locator.FilterOptions().setHas(title));
        BoundingBox inner = title.boundingBox();
        BoundingBox outer = card.boundingBox();
        assertThat(inner.x + inner.width).isLessThanOrEqualTo(outer.x + outer.width);
        assertThat(outer.x + outer.width).isLessThanOrEqualTo(page.viewportSize().width);
        shot(card, "goal-card-long-title");
    }

    @Test
    void a_long_reflection_shows_three_lines_until_show_more() {
        openWorkspaceWithLena();
        page.locator("#tab-check-ins").click();
        var open = page.locator("#checkin-open, #checkin-edit-mine");
        open.click();
        for (var rating : new String[] {"checkin-connection", "checkin-trust", "checkin-value"}) {
            page.locator("#" + rating + " vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("4"))
                    .click();
        }
        var reflection = "We planned the budget talk together and I learned to ask first. ".repeat(31);
        page.locator("#checkin-reflection textarea").fill(reflection.strip());
        assertThat(page.locator("#checkin-reflection-counter")).hasText("1,983 / 2,000");
        page.locator("#checkin-save").click();
        assertThat(page.locator("#checkin-save")).isHidden();

        var text = page.locator("#checkins .rapport-notes").filter(new Locator.FilterOptions()
                .setHasText("We planned the budget talk"));
        assertThat(text).hasClass(CLAMPED);
        double lineHeight = ((Number) text.evaluate("e => parseFloat(getComputedStyle(e).lineHeight)")).doubleValue();
        assertThat(text.boundingBox().height).isLessThanOrEqualTo(lineHeight * 3 + 1);
        shot(page.locator("#checkins"), "checkin-reflection-clamped");
        var more = text.locator("xpath=..").locator("vaadin-button.rapport-show-more");
        assertThat(more).hasText("Show more");
        more.click();
        assertThat(more).hasText("Show less");
        assertThat(text).not().hasClass(CLAMPED);
        assertThat(text.boundingBox().height).isGreaterThan(lineHeight * 3 + 1);
        shot(page.locator("#checkins"), "checkin-reflection-expanded");
    }
}
