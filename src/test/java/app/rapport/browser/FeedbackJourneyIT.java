package app.rapport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Peer feedback in the browser: the demo mentee asks three colleagues about her relationship with
 * Daniel; two answer and she sees only "1 more answer needed"; the third answers, signing; she then
 * sees the averages and the three advice texts, with no name but the signed one.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedbackJourneyIT extends BrowserTestBase {

    @Autowired Clock clock;

    private static final String TAG = String.valueOf(System.nanoTime() % 100_000);
    private static final String[] PEERS = {"Amara Diallo", "Jonas Berg", "Carlos Mendes"};
    private static final String[] EMAILS = {"amara.diallo@rapport.test", "jonas.berg@rapport.test",
            "carlos.mendes@rapport.test"};

    private static Locator has(Locator locator, String text) {
        return locator.filter(new Locator.FilterOptions().setHasText(text));
    }

    private void openFeedbackTab() {
        has(page.locator("#workspace-relationships .rapport-card"), "Daniel Okafor").getByText("Open the workspace")
                .click();
        page.locator("#tab-peer-feedback").click();
        page.locator("#feedback-rounds").waitFor();
    }

    private Locator newestRound() {
        return page.locator("#feedback-rounds .rapport-feedback-round").first();
    }

    private void answerAs(int peer, boolean sign) {
        loginPage().open().signIn(EMAILS[peer], DEMO_PASSWORD);
        var request = has(page.locator("#home-feedback-requests .rapport-card"), "Lena Fischer");
        request.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Answer").setExact(true)).click();
        assertThat(page.locator("#request-facts")).containsText("asked by Lena Fischer");
        assertThat(page.locator("body")).not().containsText("Negotiate next year's team budget");
        has(page.locator("#answer-rapport vaadin-radio-button"), "4").first().click();
        has(page.locator("#answer-give-and-take vaadin-radio-button"), "Could not observe").click();
        has(page.locator("#answer-communication vaadin-radio-button"), String.valueOf(3 + peer)).first().click();
        page.locator("#answer-advice textarea").fill("Advice " + (char) ('C' - peer) + " " + TAG + " from peer " + peer);
        if (sign) {
            page.locator("#answer-signed").click();
        }
        if (peer == 0) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots",
                    "feedback-answer.png")));
        }
        page.locator("#answer-send").click();
        assertThat(page.locator("#answer-status")).containsText("your answer is in");
        shell().signOut();
    }

    @Test
    @Order(1)
    void the_mentee_asks_three_colleagues() {
        loginPage().open().signIn("mentee@rapport.test", DEMO_PASSWORD);
        openFeedbackTab();
        page.locator("#feedback-ask").click();
        for (var peer : PEERS) {
            page.locator("#ask-peers input").fill(peer.split(" ")[0]);
            has(page.locator("vaadin-multi-select-combo-box-item"), peer).first().click();
        }
        page.locator("#ask-message textarea").fill("How do we come across in the planning review? " + TAG);
        // A day that reads differently as month/day, typed as every date field reads it: day/month/year.
        var due = LocalDate.now(clock).plusDays(15);
        while (due.getDayOfMonth() > 12 || due.getDayOfMonth() == due.getMonthValue()) {
            due = due.plusDays(1);
        }
        var dueField = page.locator("#ask-due input");
        dueField.fill(due.getDayOfMonth() + "/" + due.getMonthValue() + "/" + due.getYear());
        dueField.press("Tab");
        page.locator("#ask-send").click();
        assertThat(newestRound()).containsText(TAG);
        assertThat(newestRound()).containsText("answers by " + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.UK).format(due));
        assertThat(newestRound()).containsText("0 of 3 answers so far");
    }

    @Test
    @Order(2)
    void after_two_answers_the_results_stay_hidden() {
        answerAs(0, false);
        answerAs(1, false);
        loginPage().open().signIn("mentee@rapport.test", DEMO_PASSWORD);
        openFeedbackTab();
        assertThat(newestRound()).containsText("1 more answer needed");
        assertThat(newestRound()).not().containsText("Advice");
        assertThat(newestRound().locator(".rapport-feedback-results")).hasCount(0);
    }

    @Test
    @Order(3)
    void the_third_answer_reveals_averages_and_advice_with_only_the_signed_name() {
        answerAs(2, true);
        loginPage().open().signIn("mentee@rapport.test", DEMO_PASSWORD);
        openFeedbackTab();
        var round = newestRound();
        assertThat(round).containsText("3 answers");
        assertThat(round).containsText("4.0 / 5");
        assertThat(round.locator(".rapport-advice li")).hasCount(3);
        var advice = round.locator(".rapport-advice");
        assertThat(advice).containsText("— Carlos Mendes");
        assertThat(advice).not().containsText("Amara");
        assertThat(advice).not().containsText("Jonas");
        round.scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "feedback-results.png")));
        page.locator("#tab-timeline").click();
        assertThat(page.locator("#timeline")).containsText("Peer feedback is in: 3 answers");
    }

    @Test
    @Order(4)
    void the_coordinator_sees_the_response_rate_and_the_aggregate_without_names() {
        var shell = loginPage().open().signIn("coordinator@rapport.test", DEMO_PASSWORD);
        shell.go("Programs");
        page.getByText("Spring 2026 Leadership Circle").first().dblclick();
        page.locator(".rapport-tabs").getByText("Peer feedback").click();
        var rounds = page.locator("#feedback-rounds");
        assertThat(rounds).containsText("Lena Fischer & Daniel Okafor");
        assertThat(rounds).containsText("3 of 3");
        assertThat(rounds).containsText("rapport 4.0");
        assertThat(page.locator("#feedback-identity input")).not().isChecked();
        assertThat(rounds).not().containsText("Amara");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots",
                "feedback-overview.png")));
    }
}
