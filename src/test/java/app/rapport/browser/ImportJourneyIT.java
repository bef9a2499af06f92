package app.rapport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * A coordinator fills their program from a CSV file: a first file with two bad rows is refused
 * with both problems listed, the corrected file is imported, the grid is filtered, and the export
 * carries the imported people.
 */
class ImportJourneyIT extends BrowserTestBase {

    private static final String HEADER = "email,name,role,capacity,skills,goals,department,timezone,languages\n";

    private void upload(String name, String csv) {
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload(name, "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void coordinator_imports_a_corrected_file_filters_and_exports() throws IOException {
        var tag = "j" + System.nanoTime() % 100000;
        var good = "nina." + tag + "@example.org,Nina Ortega,mentor,2,Kubernetes;Hiring,Coaching,Platform,"
                + "Europe/Madrid,Spanish;English\n"
                + "omar." + tag + "@example.org,Omar Said,mentee,,,Kubernetes,Platform,Africa/Cairo,Arabic;English\n";
        var bad = HEADER + good
                + "paula." + tag + "@example.org,Paula Lind,coach,,,,Platform,Europe/Stockholm,Swedish\n"
                + "quinn." + tag + "@example.org,Quinn Ray,mentee,,,,Platform,Mars/Base,English\n";

        var shell = loginPage().open().signIn("coordinator@rapport.test", DEMO_PASSWORD);
        shell.go("Programs");
        var demo = page.locator("vaadin-grid-cell-content").getByText("Spring 2026 Leadership Circle");
        demo.waitFor();
        screenshot("programs");
        demo.dblclick();
        page.locator("#save-program").waitFor();
        screenshot("program-overview");
        page.locator(".rapport-tabs").getByText("Participants").click();
        page.locator("vaadin-grid").waitFor();
        screenshot("participants");

        page.locator("#import-csv").click();
        upload("participants.csv", bad);
        assertThat(page.locator("#import-status")).containsText("2 problems");
        var problems = page.locator("#import-problems");
        assertThat(problems).containsText("Unknown role 'coach'");
        assertThat(problems).containsText("Mars/Base");
        assertThat(page.locator("#confirm-import")).isDisabled();
        screenshot("import-problems");

        upload("participants-fixed.csv", HEADER + good
                + "paula." + tag + "@example.org,Paula Lind,mentee,,,,Platform,Europe/Stockholm,Swedish\n");
        assertThat(page.locator("#import-status")).containsText("Ready to import: 3 new");
        page.locator("#confirm-import").click();
        assertThat(page.getByText("Imported: 3 new")).isVisible();

        page.locator("#participant-tag input").fill("kubernetes");
        var rows = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(tag));
        assertThat(rows).hasCount(2);
        screenshot("participants-filtered");

        // The row's buttons come from a template drawn in the browser: found by their names, used by keyboard too.
        var cells = page.locator("vaadin-grid-cell-content");
        cells.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Profile of Nina Ortega")).click();
        var editor = page.getByRole(AriaRole.DIALOG);
        assertThat(editor).containsText("Nina Ortega · Mentor");
        editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();
        assertThat(editor).isHidden();
        cells.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove Omar Said")).press("Enter");
        var confirm = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(confirm).containsText("Take Omar Said out of Spring 2026 Leadership Circle?");
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();
        assertThat(confirm).isHidden();
        assertThat(rows).hasCount(2);

        var download = page.waitForDownload(() -> page.locator("#export-csv").click());
        var exported = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(exported).startsWith(HEADER.strip());
        assertThat(exported).contains("nina." + tag + "@example.org,Nina Ortega,mentor,2,")
                .contains("omar." + tag + "@example.org,Omar Said,mentee,,")
                .contains("paula." + tag + "@example.org,Paula Lind,mentee,,");
        assertThat(exported.lines().count()).isGreaterThan(60);
    }
}
