package app.rapport.benchmark;

import app.rapport.mail.MailDispatcher;
import app.rapport.mail.SmtpDelivery;
import app.rapport.program.NewProgram;
import app.rapport.program.ParticipantFilter;
import app.rapport.program.ParticipantImport;
import app.rapport.program.ParticipantInvitations;
import app.rapport.program.ProgramService;
import app.rapport.program.EnrolmentService;
import app.rapport.program.ParticipantSummary;
import app.rapport.security.PeopleService;
import app.rapport.support.RapportSpringTest;
import app.rapport.support.TestPeople;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An SMTP outage under load, shown end to end on MariaDB and a real SMTP server (GreenMail): two
 * coordinators keep inviting a program's people in small batches (each invitation is a
 * transaction that writes its mail to the outbox) while two dispatchers, as on two instances,
 * deliver; in the middle of it the SMTP server goes away for {@code outage} seconds and comes
 * back on the same port. At the end every invitation must have been received exactly once: the
 * run counts mails caused, received, lost, doubled and failed, and how long the backlog took to
 * drain. Not part of the suite (its name matches neither *Test nor *IT); run it with
 * {@code scripts/smtp-outage.sh}. Report: target/smtp-outage/report.txt.
 */
@RapportSpringTest
class MailOutageRun {

    private static final int PEOPLE = Integer.getInteger("people", 2000);
    private static final int OUTAGE_S = Integer.getInteger("outage", 20);
    private static final int BEFORE_S = 8;
    private static final int BATCH = 10;

    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired ParticipantImport imports;
    @Autowired ParticipantInvitations invitations;
    @Autowired PeopleService directory;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext app;

    @Test
    void run() throws Exception {
        var report = new StringBuilder();
        var program = TestPeople.asAdmin(users, () -> programs.create(new NewProgram("Outage " + System.nanoTime(),
                null, LocalDate.of(2026, 1, 1), null,
                Set.of(directory.findByEmail("coordinator@rapport.test").orElseThrow().id()))));
        TestPeople.signIn(users, "coordinator@rapport.test");
        var csv = ImportBenchmark.generate(new Random(PEOPLE), PEOPLE).getBytes(StandardCharsets.UTF_8);
        imports.apply(program.id(), imports.preview(program.id(), new ByteArrayInputStream(csv), p -> { }), p -> { });
        var enrolled = enrolments.search(program.id(), ParticipantFilter.none(), 0, PEOPLE, Sort.by("name")).stream()
                .map(ParticipantSummary::enrolmentId).toList();
        TestPeople.signOut();
        // Mail queued before this run (the demo's) is not this run's to count: it waits far ahead.
        jdbc.update("update mail_message set next_attempt_at = '2999-01-01' where status = 'QUEUED'");
        line(report, "%d people enrolled; outage of %d s after %d s of load; invitations in batches of %d",
                enrolled.size(), OUTAGE_S, BEFORE_S, BATCH);

        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var received = new CopyOnWriteArrayList<String>();
        var server = start(port);
        var clock = Clock.systemUTC();
        // The retry delay is shortened from a minute to a second so that the run takes a minute, not an hour.
        List<MailDispatcher> dispatchers = List.of(SmtpDelivery.to(app, port, clock, Duration.ofSeconds(1), 20),
                SmtpDelivery.to(app, port, clock, Duration.ofSeconds(1), 20));
        var stop = new AtomicBoolean();
        var dispatchRuns = new AtomicInteger();
        var threads = new ArrayList<Thread>();
        for (var dispatcher : dispatchers) {
            threads.add(Thread.ofPlatform().start(() -> {
                while (!stop.get()) {
                    dispatcher.dispatch();
                    dispatchRuns.incrementAndGet();
                    sleep(50);
                }
            }));
        }

        // Two coordinators' sessions inviting the people in small batches, spread over the run.
        long started = System.nanoTime();
        var produceFor = Duration.ofSeconds(BEFORE_S + OUTAGE_S + 10);
        var invited = new AtomicInteger();
        var producers = new ArrayList<Thread>();
        for (int half = 0; half < 2; half++) {
            var mine = enrolled.subList(half * enrolled.size() / 2, (half + 1) * enrolled.size() / 2);
            producers.add(Thread.ofPlatform().start(() -> {
                TestPeople.signIn(users, "coordinator@rapport.test");
                int batches = (mine.size() + BATCH - 1) / BATCH;
                for (int b = 0; b < batches; b++) {
                    var batch = mine.subList(b * BATCH, Math.min(mine.size(), (b + 1) * BATCH));
                    invited.addAndGet(invitations.invite(program.id(), batch).sent());
                    long due = started + produceFor.toNanos() * (b + 1) / batches;
                    sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
                }
                TestPeople.signOut();
            }));
        }

        sleep(BEFORE_S * 1000L);
        collect(server, received);
        server.stop();
        int queuedAtStop = invited.get();
        int deliveredAtStop = received.size();
        line(report, "SMTP server stopped at %.1f s: %d invitations caused, %d received", seconds(started),
                queuedAtStop, deliveredAtStop);
        sleep(OUTAGE_S * 1000L);
        int causedDuringOutage = invited.get() - queuedAtStop;
        var backlog = queued();
        server = start(port);
        long back = System.nanoTime();
        line(report, "SMTP server back at %.1f s: %d invitations caused during the outage, %d mails waiting, "
                + "%d failed attempts recorded so far", seconds(started), causedDuringOutage, backlog, attempts());

        for (var producer : producers) {
            producer.join();
        }
        long producedAt = System.nanoTime();
        while (queued() > 0 && System.nanoTime() - producedAt < Duration.ofMinutes(3).toNanos()) {
            sleep(200);
        }
        long drained = System.nanoTime();
        stop.set(true);
        for (var t : threads) {
            t.join();
        }
        collect(server, received);
        server.stop();

        var perRecipient = new HashMap<String, Integer>();
        received.forEach(r -> perRecipient.merge(r, 1, Integer::sum));
        Map<String, Long> status = new HashMap<>();
        jdbc.query("select status, count(*) from mail_message where recipient like 'bench.%' group by status",
                rs -> {
                    status.put(rs.getString(1), rs.getLong(2));
                });
        int caused = invited.get();
        long lost = caused - perRecipient.size();
        long doubled = received.size() - perRecipient.size();
        line(report, "invitations caused: %d; outbox rows: %s", caused, status);
        line(report, "received: %d messages for %d people; lost: %d; received twice or more: %d", received.size(),
                perRecipient.size(), lost, doubled);
        line(report, "retries after failed attempts: %d (each on the first message of a batch while the server was"
                + " away)", attempts());
        line(report, "backlog drained %.1f s after the server came back (load ended %.1f s after it came back); "
                + "%d dispatcher runs in all, two dispatchers", (drained - back) / 1e9, (producedAt - back) / 1e9,
                dispatchRuns.get());
        line(report, "verdict: %s", lost == 0 && doubled == 0 && status.getOrDefault("QUEUED", 0L) == 0
                && status.getOrDefault("FAILED", 0L) == 0 ? "nothing lost, nothing twice" : "MAIL LOST OR DOUBLED");
        var dir = Path.of("target", "smtp-outage");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.txt"), report.toString(), StandardCharsets.UTF_8);
        org.slf4j.LoggerFactory.getLogger(MailOutageRun.class).info("SMTP outage report:\n{}", report);
        if (lost != 0 || doubled != 0) {
            throw new AssertionError("mail lost or doubled:\n" + report);
        }
    }

    private static GreenMail start(int port) {
        var server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static void collect(GreenMail server, List<String> received) {
        for (var message : server.getReceivedMessages()) {
            var to = SmtpDelivery.recipient(message);
            if (to.startsWith("bench.")) {
                received.add(to);
            }
        }
    }

    private long queued() {
        return jdbc.queryForObject("select count(*) from mail_message where status = 'QUEUED' and recipient like 'bench.%'",
                Long.class);
    }

    /** Failed attempts recorded so far: every attempt counts, and a sent message's last one succeeded. */
    private long attempts() {
        return jdbc.queryForObject("select coalesce(sum(attempts), 0) - coalesce(sum(status = 'SENT'), 0)"
                + " from mail_message where recipient like 'bench.%'", Long.class);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void line(StringBuilder report, String format, Object... args) {
        report.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
