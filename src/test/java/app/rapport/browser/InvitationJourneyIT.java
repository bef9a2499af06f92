package app.rapport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.mail.SmtpDelivery;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * From a CSV file to people signed in: a coordinator imports two people, invites everyone not
 * invited yet, the invitations are delivered to a real SMTP server (GreenMail), and each person
 * opens the link from their mail, chooses a password and signs in to their home.
 */
class InvitationJourneyIT extends BrowserTestBase {

    private static final String HEADER = "email,name,role,capacity,skills,goals,department,timezone,languages\n";
    private static final Pattern LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]+)");

    @Autowired ApplicationContext app;

    @Test
    void imported_people_are_invited_set_their_password_from_the_mail_and_sign_in() throws Exception {
        int smtpPort;
        try (var socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
        var smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            var tag = "inv" + System.nanoTime() % 100000;
            var people = List.of("rui." + tag + "@example.org", "sofia." + tag + "@example.org");
            var csv = HEADER + people.get(0) + ",Rui Almeida,mentor,2,Hiring,Coaching,Platform,Europe/Lisbon,English\n"
                    + people.get(1) + ",Sofia Brandt,mentee,,,Hiring,Platform,Europe/Berlin,German;English\n";

            loginPage().open().signIn("coordinator@rapport.test", DEMO_PASSWORD).go("Programs");
            page.locator("vaadin-grid-cell-content").getByText("Spring 2026 Leadership Circle").dblclick();
            page.locator(".rapport-tabs").getByText("Participants").click();
            page.locator("#import-csv").click();
            page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("new-people.csv", "text/csv",
                    csv.getBytes(StandardCharsets.UTF_8)));
            assertThat(page.locator("#import-status")).containsText("Ready to import: 2 new");
            page.locator("#confirm-import").click();
            assertThat(page.getByText("Imported: 2 new")).isVisible();

            page.locator("#participant-search input").fill(tag);
            assertThat(page.locator("#participant-count")).hasText("2 people");
            // The grid keeps the cells of rows it no longer shows, hidden: only the visible ones count.
            var rows = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setVisible(true));
            assertThat(rows.filter(new Locator.FilterOptions().setHasText("Not invited"))).hasCount(2);

            page.locator("#invite-participants").click();
            var confirm = page.getByRole(AriaRole.ALERTDIALOG);
            assertThat(confirm).containsText("Invite everyone not invited yet?");
            screenshot("invite-everyone");
            confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Send \\d+$")))
                    .click();
            assertThat(page.getByText(Pattern.compile("\\d+ people invited"))).isVisible();
            assertThat(rows.filter(new Locator.FilterOptions().setHasText(Pattern.compile("Invited\\s+until")))).hasCount(2);
            page.locator("#participant-search input").fill("");
            assertThat(page.locator("#participant-count")).not().hasText("2 people");
            screenshot("participants-invited");

            SmtpDelivery.to(app, smtpPort).dispatch();
            for (var email : people) {
                var mail = List.of(smtp.getReceivedMessages()).stream().filter(m -> SmtpDelivery.recipient(m).equals(email))
                        .toList();
                assertThat(mail).hasSize(1);
                assertThat(mail.get(0).getSubject())
                        .isEqualTo("You are invited to Spring 2026 Leadership Circle on Rapport");
                var body = SmtpDelivery.plainText(mail.get(0));
                var link = LINK.matcher(body);
                assertThat(link.find()).isTrue();

                var invitee = pageInOtherBrowser();
                invitee.navigate("/invitation/" + link.group(1));
                assertThat(invitee.locator("#invitation-email")).hasText(email);
                if (email.equals(people.get(0))) {
                    invitee.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                            .setPath(java.nio.file.Path.of("target", "screenshots", "invitation.png")));
                }
                var password = "first light over " + tag;
                invitee.locator("#new-password input").fill(password);
                invitee.locator("#confirm-password input").fill(password);
                invitee.locator("#invitation-accept").click();
                assertThat(invitee.locator("#login-notice")).containsText("Welcome");
                new LoginPage(invitee).signIn(email, password);

                invitee.navigate("/invitation/" + link.group(1));
                assertThat(invitee.locator("#invitation-refused")).containsText("used already");
                invitee.context().close();
            }

            page.reload();
            page.locator("#participant-search input").fill(tag);
            assertThat(page.locator("#participant-count")).hasText("2 people");
            assertThat(rows.filter(new Locator.FilterOptions().setHasText("Joined"))).hasCount(2);
        } finally {
            smtp.stop();
        }
    }
}
