package app.rapport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.rapport.program.ProgramFilter;
import app.rapport.program.ProgramService;
import app.rapport.support.TestPeople;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ReducedMotion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Progress in the browser: the coordinator opens the demo program's dashboard, finds a stalled
 * relationship in the at-risk list with its reason, opens its progress page and sees the gap
 * marked on the interactions chart and in its data table.
 */
class ProgressJourneyIT extends BrowserTestBase {

    @Autowired ProgramService programs;
    @Autowired UserDetailsService users;

    private long demoProgram() {
        return TestPeople.asAdmin(users, () -> programs.search(new ProgramFilter("Spring 2026 Leadership Circle",
                null), PageRequest.of(0, 1)).get(0).id());
    }

    @Test
    void the_coordinator_follows_a_stalled_pair_from_the_dashboard_to_its_gap() {
        var id = demoProgram();
        // Tall enough for the whole page in a screenshot (the app layout scrolls inside the window); no
        // chart animations, so what is photographed is what is drawn.
        page.setViewportSize(1280, 2400);
        page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
        loginPage().open().signIn("coordinator@rapport.test", DEMO_PASSWORD);
        page.navigate("/programs/" + id);
        page.locator(".rapport-tabs").getByText("Dashboard").click();
        assertThat(page.locator("#figure-active")).containsText("Active pairs");
        page.locator("#chart-trend rapport-chart[data-state=drawn]").waitFor();
        page.locator("#chart-distribution rapport-chart[data-state=drawn]").waitFor();
        screenshot("progress-dashboard");

        var stalled = page.locator("#at-risk .rapport-risk-item")
                .filter(new Locator.FilterOptions().setHasText("No interaction for")).first();
        assertThat(stalled).containsText("days (stall threshold ");
        var pair = stalled.locator("a").first().textContent();
        stalled.locator("a").first().click();

        assertThat(page.locator("h2")).containsText("Progress: " + pair);
        assertThat(page.locator("#health-reasons")).containsText("No interaction for");
        var interactions = page.locator("#chart-interactions");
        interactions.locator("rapport-chart[data-state=drawn]").waitFor();
        assertThat(interactions.locator("table")).containsText("Gap:");
        assertThat(interactions.locator("tr.rapport-chart-row-noted").first()).containsText("Gap: ");
        screenshot("progress-relationship");
    }
}
