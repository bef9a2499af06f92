package app.rapport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.rapport.pairing.MatchingService;
import app.rapport.program.ProgramFilter;
import app.rapport.program.ProgramService;
import app.rapport.support.TestPeople;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Pairing in the browser on the demo program: the coordinator proposes by hand from ranked
 * suggestions and computes the optimal plan; the demo mentee accepts the proposal waiting on her
 * home page; the demo mentor declines his with a reason.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PairingJourneyIT extends BrowserTestBase {

    @Autowired ProgramService programs;
    @Autowired MatchingService matching;
    @Autowired UserDetailsService users;

    private long demoProgram() {
        return TestPeople.asAdmin(users, () -> programs.search(new ProgramFilter("Spring 2026 Leadership Circle",
                null), PageRequest.of(0, 1)).get(0).id());
    }

    private String firstUnpairedMentee(long programId) {
        TestPeople.signIn(users, "coordinator@rapport.test");
        try {
            return matching.mentees(programId).stream().filter(m -> m.openRelationships() == 0).findFirst()
                    .orElseThrow().name();
        } finally {
            TestPeople.signOut();
        }
    }

    @Test
    @Order(1)
    void the_coordinator_proposes_the_best_ranked_mentor_and_computes_a_plan_for_the_rest() {
        var id = demoProgram();
        var mentee = firstUnpairedMentee(id);
        loginPage().open().signIn("coordinator@rapport.test", DEMO_PASSWORD);
        page.navigate("/programs/" + id + "/pairing");
        var picker = page.locator("#pairing-mentee input");
        picker.fill(mentee);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(mentee)).first().click();
        var propose = page.locator("#suggestions vaadin-button:not([disabled])")
                .filter(new Locator.FilterOptions().setHasText("Propose")).first();
        propose.waitFor();
        assertThat(page.locator("#suggestions")).containsText("slots left");
        screenshot("pairing-suggestions");
        propose.click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("Proposed " + mentee))).isVisible();
        page.locator("#relationship-search input").fill(mentee);
        assertThat(page.locator("#relationships vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Waiting for both"))).hasCount(1);
        assertThat(page.locator("#relationships")).containsText(mentee);
        screenshot("pairing");

        page.locator(".rapport-tabs").getByText("Matching").click();
        page.locator("#plan-compute").click();
        assertThat(page.locator("#plan-summary")).containsText("total score", new
                com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(page.locator("#plan-summary")).containsText("best pairs first");
        page.locator("#plan-summary").scrollIntoViewIfNeeded();
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "matching-plan.png")));
    }

    @Test
    @Order(2)
    void the_demo_mentee_sees_why_she_was_matched_and_accepts() {
        loginPage().open().signIn("mentee@rapport.test", DEMO_PASSWORD);
        var proposals = page.locator(".rapport-proposal");
        assertThat(proposals.first()).containsText("is proposed as your mentor");
        assertThat(proposals.first()).containsText("Why you were matched");
        screenshot("home-proposal");
        proposals.first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept")).click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("paired now"))).isVisible();
        assertThat(page.locator(".rapport-proposal")).hasCount(0);
    }

    @Test
    @Order(3)
    void the_demo_mentor_declines_with_a_reason_and_an_empty_reason_is_refused() {
        loginPage().open().signIn("mentor@rapport.test", DEMO_PASSWORD);
        var proposal = page.locator(".rapport-proposal").first();
        assertThat(proposal).containsText("You are asked to mentor");
        proposal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Decline").setExact(false))
                .click();
        page.locator("#reason-confirm").click();
        assertThat(page.locator("#reason")).hasAttribute("invalid", "");
        page.locator("#reason textarea").fill("My calendar is full until March.");
        page.locator("#reason-confirm").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("Declined"))).isVisible();
        assertThat(page.locator(".rapport-proposal")).hasCount(0);
        assertThat(page.locator("#reason")).isHidden();
        screenshot("home-after-decline");
    }

    @Test
    @Order(20)
    void a_coordinator_in_tokyo_reads_a_relationships_history_in_tokyo_time() {
        var id = demoProgram();
        var tokyo = pageInOtherBrowser(options -> options.setTimezoneId("Asia/Tokyo"));
        new LoginPage(tokyo).open().signIn("coordinator@rapport.test", DEMO_PASSWORD);
        tokyo.navigate("/programs/" + id + "/pairing");
        tokyo.locator("#relationships vaadin-button").filter(new Locator.FilterOptions().setHasText("History")).first()
                .click();
        var when = tokyo.locator(".rapport-history-when").first();
        assertThat(when).containsText("JST");
        assertThat(tokyo.locator("vaadin-dialog-overlay")).not().containsText("UTC");
    }
}
