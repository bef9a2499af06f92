package app.rapport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.program.ProgramFilter;
import app.rapport.program.ProgramService;
import app.rapport.support.TestPeople;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The import's 5 MB limit as a coordinator meets it in the browser (files just under it reach the
 * preview, sent raw or as multipart; a file over it is refused with its size), and as a client that
 * skips the browser's own check meets it: a 30 MB body posted straight to the upload target is refused
 * long before it is read.
 */
class ImportSizeLimitIT extends BrowserTestBase {

    private static final int MB = 1024 * 1024;
    private static final String HEADER = "email,name,role,capacity,skills,goals,department,timezone,languages\n";
    private static final String[] WORDS = {"negotiation", "hiring", "coaching", "kubernetes", "budgeting",
        "public speaking", "design reviews", "onboarding", "incident response", "roadmaps", "pricing", "mentoring"};

    @Autowired ProgramService programs;
    @Autowired UserDetailsService users;

    /** A clean file of mentees of about {@code bytes} bytes, the same for the same seed; returns its row count. */
    private static int generate(long seed, int bytes, StringBuilder csv) {
        var random = new Random(seed);
        csv.append(HEADER);
        int rows = 0;
        while (true) {
            var goals = new StringBuilder();
            for (int g = 0; g < 20; g++) {
                goals.append(g == 0 ? "" : ";").append(WORDS[random.nextInt(WORDS.length)]).append(' ')
                        .append(random.nextInt(1000));
            }
            var row = "size" + seed + "." + rows + "@example.org,Person " + rows + " of " + seed + ",mentee,,,"
                    + goals + ",Dept " + random.nextInt(40) + ",Europe/Berlin,English;German\n";
            if (csv.length() + row.length() > bytes) {
                return rows;
            }
            csv.append(row);
            rows++;
        }
    }

    private void openImportDialog() {
        var id = TestPeople.asAdmin(users, () -> programs.search(new ProgramFilter("Spring 2026 Leadership Circle",
                null), PageRequest.of(0, 1)).get(0).id());
        loginPage().open().signIn("coordinator@rapport.test", DEMO_PASSWORD);
        page.navigate("/programs/" + id + "/participants");
        page.locator("#import-csv").click();
        page.locator("#csv-upload").waitFor();
    }

    private void upload(String name, String csv) {
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload(name, "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
    }

    /** Browsers send the file raw by default; behind some proxies the upload is set to send multipart. */
    @ParameterizedTest
    @ValueSource(strings = {"raw", "multipart"})
    void files_of_0_9_and_4_9_mb_reach_the_preview_sent_raw_or_as_multipart(String format) {
        openImportDialog();
        page.locator("#csv-upload").evaluate("(upload, format) => upload.uploadFormat = format", format);
        for (var size : new double[] {0.9, 4.9}) {
            var csv = new StringBuilder();
            int rows = generate((long) (size * 10), (int) (size * MB), csv);
            upload("participants-" + size + ".csv", csv.toString());
            // Checking some ten thousand rows takes a while on a busy machine.
            assertThat(page.locator("#import-status")).containsText("Ready to import: " + rows + " new",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
        }
    }

    @Test
    void a_file_over_5_mb_is_refused_with_its_size_and_the_limit() {
        openImportDialog();
        var csv = new StringBuilder();
        generate(55, (int) (5.5 * MB), csv);

        upload("participants-5.5.csv", csv.toString());

        assertThat(page.locator("#import-status")).hasText(
                "The file is 5.5 MB; the limit is 5 MB. Split it into smaller files and import them one after the other.");
    }

    @Test
    void a_30_mb_body_posted_past_the_browser_is_refused_after_its_first_megabyte() throws Exception {
        openImportDialog();
        var answer = postPastTheBrowser("Content-Length: " + 30L * MB + "\r\n", false);

        assertThat(answer.status()).startsWith("HTTP/1.1 413");
        // The refusal came while only 1 MB of the declared 30 had been sent: the server did not wait for the rest.
        assertThat(answer.sentWhenAnswered()).isEqualTo(MB);
        assertThat(answer.sentInAll()).isLessThan(30L * MB);
    }

    @Test
    void a_30_mb_body_of_undeclared_length_is_refused_once_it_passes_5_mb() throws Exception {
        openImportDialog();
        var answer = postPastTheBrowser("Transfer-Encoding: chunked\r\n", true);

        assertThat(answer.status()).startsWith("HTTP/1.1 413");
        // Nothing said how long it was, so the server read it up to the limit and stopped there.
        assertThat(answer.sentWhenAnswered()).isEqualTo(6L * MB);
        assertThat(answer.sentInAll()).isLessThan(30L * MB);
    }

    private record Answer(String status, long sentWhenAnswered, long sentInAll) {
    }

    /**
     * Posts 30 MB of noise to the dialog's upload target with the browser's session, as a script could:
     * 1 MB (or, when the length is not declared, 6 MB), then a pause for the server's answer, then the
     * rest until the server closes the connection.
     */
    private Answer postPastTheBrowser(String lengthHeader, boolean chunked) throws Exception {
        var target = page.locator("#csv-upload").getAttribute("target");
        var session = context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst().orElseThrow();
        long total = 30L * MB;
        long beforePause = chunked ? 6L * MB : MB;
        var chunk = new byte[64 * 1024];
        new Random(30).nextBytes(chunk);
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            var out = socket.getOutputStream();
            out.write(("POST /" + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nCookie: JSESSIONID="
                    + session.value + "\r\nContent-Type: text/csv\r\nX-Filename: huge.csv\r\n" + lengthHeader
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            var sent = new AtomicLong();
            var statusLine = CompletableFuture.supplyAsync(() -> statusLine(socket));
            long sentWhenAnswered = -1;
            try {
                while (sent.get() < total) {
                    if (chunked) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(chunk);
                    if (chunked) {
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    sent.addAndGet(chunk.length);
                    if (sent.get() == beforePause) {
                        out.flush();
                        // Waits for the answer (not for a time): it is there or the server is still reading.
                        statusLine.get(20, TimeUnit.SECONDS);
                        sentWhenAnswered = sent.get();
                    }
                }
            } catch (IOException closedByServer) {
                // The server closed the connection rather than take the rest: what a refusal should do.
            }
            return new Answer(statusLine.get(20, TimeUnit.SECONDS), sentWhenAnswered, sent.get());
        }
    }

    private static String statusLine(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            var line = new ByteArrayOutputStream();
            for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                line.write(b);
            }
            return line.toString(StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return "no answer: " + e;
        }
    }
}
