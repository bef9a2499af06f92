package app.rapport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.program.ProgramFilter;
import app.rapport.program.ProgramService;
import app.rapport.support.TestPeople;
import com.microsoft.playwright.ConsoleMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The app's own pages keep to its Content-Security-Policy in Chromium: the sign-in page, a
 * coordinator's dashboard with its charts, and a participant's workspace load and work with no
 * violation, neither as a {@code securitypolicyviolation} event nor as a console message.
 */
class ContentSecurityPolicyJourneyIT extends BrowserTestBase {

    // Every document of the page records what the browser refused, before any of the page's own scripts run.
    private static final String RECORD_VIOLATIONS = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e =>
                window.__cspViolations.push(e.disposition + ': ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')
                    + ' at ' + e.sourceFile + ':' + e.lineNumber));
            """;

    @Autowired ProgramService programs;
    @Autowired UserDetailsService users;

    private final List<String> consoleViolations = new ArrayList<>();

    @BeforeEach
    void recordViolations() {
        page.addInitScript(RECORD_VIOLATIONS);
        page.onConsoleMessage((ConsoleMessage message) -> {
            if (message.text().contains("Content Security Policy")) {
                consoleViolations.add(message.text());
            }
        });
    }

    /** Violations the current document recorded, plus every console report so far. */
    @SuppressWarnings("unchecked")
    private List<String> violations() {
        var recorded = new ArrayList<>((List<String>) page.evaluate("() => window.__cspViolations"));
        recorded.addAll(consoleViolations);
        return recorded;
    }

    private long demoProgram() {
        return TestPeople.asAdmin(users, () -> programs.search(new ProgramFilter("Spring 2026 Leadership Circle",
                null), PageRequest.of(0, 1)).get(0).id());
    }

    @Test
    void the_sign_in_page_carries_the_policy_and_keeps_to_it() {
        var response = page.navigate("/login");
        page.locator("vaadin-login-form").waitFor();
        assertThat(response.headerValue("content-security-policy")).contains("default-src 'self'");
        assertThat(violations()).isEmpty();
    }

    @Test
    void the_coordinators_dashboard_with_its_charts_keeps_to_the_policy() {
        var id = demoProgram();
        loginPage().open().signIn("coordinator@rapport.test", DEMO_PASSWORD);
        assertThat(violations()).isEmpty();
        var response = page.navigate("/programs/" + id);
        assertThat(response.headerValue("content-security-policy")).contains("default-src 'self'");
        page.locator(".rapport-tabs").getByText("Dashboard").click();
        page.locator("#chart-trend rapport-chart[data-state=drawn]").waitFor();
        page.locator("#chart-distribution rapport-chart[data-state=drawn]").waitFor();
        assertThat(violations()).isEmpty();
    }

    @Test
    void a_participants_home_and_workspace_keep_to_the_policy() {
        loginPage().open().signIn("mentee@rapport.test", DEMO_PASSWORD);
        page.locator("#workspace-relationships .rapport-card").first().getByText("Open the workspace").click();
        page.locator("#workspace-facts").waitFor();
        assertThat(violations()).isEmpty();
        var response = page.reload();
        assertThat(response.headerValue("content-security-policy")).contains("default-src 'self'");
        page.locator("#workspace-facts").waitFor();
        assertThat(violations()).isEmpty();
    }
}
