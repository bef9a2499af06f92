package app.rapport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The participant's pages on a phone (390 x 844, as an iPhone 14 shows them): nothing is wider
 * than the screen, so nothing needs scrolling sideways or is cut off. The screenshots are the
 * README's.
 */
class PhoneLayoutIT extends BrowserTestBase {

    private Page phone() {
        return pageInOtherBrowser(options -> options.setViewportSize(390, 844).setIsMobile(true).setHasTouch(true)
                .setDeviceScaleFactor(2));
    }

    /** The page scrolls only down: no element reaches past the right edge of the screen. */
    private static void fitsTheScreen(Page phone, String what) {
        var overflow = phone.evaluate("""
                () => {
                  const width = document.documentElement.clientWidth;
                  const wide = [];
                  const parent = e => e.assignedSlot || e.parentElement || (e.getRootNode() && e.getRootNode().host) || null;
                  // Inside a box that scrolls or clips sideways (a tab bar, a grid), and that box fits.
                  const clipped = e => {
                    for (let a = parent(e); a && a !== document.documentElement; a = parent(a)) {
                      const o = getComputedStyle(a).overflowX;
                      if (o !== 'visible' && a.getBoundingClientRect().right <= width + 1) return true;
                    }
                    return false;
                  };
                  const walk = root => root.querySelectorAll('*').forEach(e => {
                    const box = e.getBoundingClientRect();
                    if (box.width > 0 && box.right > width + 1 && getComputedStyle(e).visibility !== 'hidden'
                        && !e.closest('[hidden]') && !clipped(e)) {
                      wide.push((e.id ? '#' + e.id : e.tagName.toLowerCase()) + ' ' + Math.round(box.right));
                    }
                    if (e.shadowRoot) walk(e.shadowRoot);
                  });
                  walk(document);
                  // A grid wider than the screen scrolls sideways inside itself: its columns are off screen.
                  document.querySelectorAll('vaadin-grid').forEach(g => {
                    const table = g.shadowRoot && g.shadowRoot.querySelector('#table');
                    if (g.offsetParent && table && table.scrollWidth > table.clientWidth + 1) {
                      wide.push('#' + g.id + ' columns ' + table.scrollWidth + ' in ' + table.clientWidth);
                    }
                  });
                  return { scroll: document.documentElement.scrollWidth, width, wide: wide.slice(0, 8) };
                }""");
        @SuppressWarnings("unchecked")
        var o = (java.util.Map<String, Object>) overflow;
        assertThat(((Number) o.get("scroll")).intValue()).as(what + ": page width, wide elements " + o.get("wide"))
                .isLessThanOrEqualTo(((Number) o.get("width")).intValue());
        assertThat((java.util.List<?>) o.get("wide")).as(what + ": elements past the right edge").isEmpty();
    }

    private static void shoot(Page phone, String name) {
        phone.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
    }

    @Test
    void the_home_page_fits_a_phone() {
        var phone = phone();
        new LoginPage(phone).open().submit("mentor@rapport.test", DEMO_PASSWORD);
        phone.locator("#workspace-relationships").waitFor();
        fitsTheScreen(phone, "home");
        shoot(phone, "phone-home");
    }

    @Test
    void every_workspace_tab_fits_a_phone() {
        var phone = phone();
        new LoginPage(phone).open().submit("mentee@rapport.test", DEMO_PASSWORD);
        phone.locator("#workspace-relationships .rapport-card").filter(new Locator.FilterOptions()
                .setHasText("Daniel Okafor")).getByText("Open the workspace").click();
        phone.locator("#workspace-tabs").waitFor();
        for (var tab : new String[] {"kick-off", "goals", "interactions", "check-ins", "peer-feedback", "timeline"}) {
            var handle = phone.locator("#tab-" + tab);
            handle.scrollIntoViewIfNeeded();
            handle.click();
            assertThat(handle).hasAttribute("selected", "");
            phone.waitForTimeout(300);
            shoot(phone, "phone-workspace-" + tab);
            fitsTheScreen(phone, "workspace tab " + tab);
        }
    }

    @Test
    void the_feedback_answer_page_fits_a_phone() {
        var phone = phone();
        new LoginPage(phone).open().submit("peer@rapport.test", DEMO_PASSWORD);
        phone.locator("#home-feedback-requests .rapport-card").first().getByRole(
                com.microsoft.playwright.options.AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Answer").setExact(true)).click();
        phone.locator("#request-facts").waitFor();
        fitsTheScreen(phone, "feedback answer");
        shoot(phone, "phone-feedback-answer");
    }
}
