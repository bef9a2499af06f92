package app.rapport.browser;

import app.rapport.support.RapportSpringTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End-to-end tests in Debian's Chromium, headless, driven by Playwright against the whole app on
 * a random port. One browser per test class, a fresh context (cookies, storage) per test. The
 * browser is never downloaded: a missing Chromium fails the test loudly.
 */
@RapportSpringTest
abstract class BrowserTestBase {

    static final String DEMO_PASSWORD = "rapport-demo";
    private static final Path CHROMIUM = Path.of(System.getProperty("rapport.chromium", "/usr/bin/chromium"));

    private static Playwright playwright;
    private static Browser browser;
    private static BrowserContext sharedContext;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    private BrowserContext otherContext;

    @BeforeAll
    static void launchBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium not found at " + CHROMIUM
                    + ": install Debian's chromium package (.ci/run does) or set -Drapport.chromium=...");
        }
        // A busy machine (two cores, the app and the browser on them) can take longer than the 5 s default.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        sharedContext = null;
        if (playwright != null) {
            playwright.close();
        }
    }

    /**
     * One context per class keeps the browser's cache of the (large, unchanging) Vaadin bundle;
     * each test still starts signed out, with no cookies and a new page.
     */
    @BeforeEach
    void openPage() {
        if (sharedContext == null) {
            sharedContext = browser.newContext(new Browser.NewContextOptions()
                    .setBaseURL("http://localhost:" + port)
                    .setViewportSize(1280, 800)
                    .setLocale("en-GB"));
            sharedContext.setDefaultTimeout(15_000);
        }
        context = sharedContext;
        context.clearCookies();
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        page.close();
        if (otherContext != null) {
            otherContext.close();
            otherContext = null;
        }
    }

    /** A page in a second browser (own cookies, so its own session), closed after the test. */
    Page pageInOtherBrowser() {
        return pageInOtherBrowser(options -> options);
    }

    /** The same, with the second browser set up otherwise (its time zone, its screen). */
    Page pageInOtherBrowser(java.util.function.UnaryOperator<Browser.NewContextOptions> setUp) {
        otherContext = browser.newContext(setUp.apply(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setViewportSize(1280, 800)
                .setLocale("en-GB")));
        otherContext.setDefaultTimeout(15_000);
        return otherContext.newPage();
    }

    LoginPage loginPage() {
        return new LoginPage(page);
    }

    Shell shell() {
        return new Shell(page);
    }

    void screenshot(String name) {
        var dir = Path.of("target", "screenshots");
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
    }
}
