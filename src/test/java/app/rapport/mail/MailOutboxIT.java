package app.rapport.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.mail.domain.MailMessageRepository;
import app.rapport.security.AccountService;
import app.rapport.security.NewAccount;
import app.rapport.security.PasswordResets;
import app.rapport.security.Role;
import app.rapport.support.MutableClock;
import app.rapport.support.Race;
import app.rapport.support.RapportSpringTest;
import app.rapport.support.TestPeople;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against MariaDB and a real SMTP server (GreenMail): mail exists exactly when its cause
 * does, survives the server being down, is never sent twice by racing dispatchers, and a refusal
 * the server calls permanent ends it failed with the error kept.
 */
@RapportSpringTest
class MailOutboxIT {

    @Autowired PasswordResets resets;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired MailOutbox outbox;
    @Autowired MailMessageRepository messages;
    @Autowired LockingTaskExecutor locks;
    @Autowired TransactionTemplate transactions;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired app.rapport.security.Invitations invitations;

    private final TestPeople people = new TestPeople(20261206L);
    private final List<GreenMail> servers = new ArrayList<>();
    private final MailProperties properties = new MailProperties("Rapport <no-reply@rapport.test>",
            "https://rapport.example.org", 1000, 3, Duration.ofMinutes(1));

    /** Mail other tests queued (reset links to made-up addresses) waits far ahead, so each test sees its own. */
    @org.junit.jupiter.api.BeforeEach
    void setOthersAside() {
        jdbc.update("update mail_message set next_attempt_at = ? where status = 'QUEUED'",
                java.sql.Timestamp.from(clock.instant().plus(Duration.ofDays(36500))));
    }

    @AfterEach
    void stopServers() {
        servers.forEach(GreenMail::stop);
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private GreenMail smtp(int port) {
        var server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        servers.add(server);
        return server;
    }

    private MailDispatcher dispatcherTo(int port) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        var factory = new StaticListableBeanFactory(Map.of("sender", sender));
        return new MailDispatcher(messages, factory.getBeanProvider(JavaMailSender.class), locks, transactions,
                properties, invitations, clock);
    }

    private long queueTest(String to) {
        return transactions.execute(status -> outbox.queue(new MailOutbox.Letter(MailKind.TEST, to, null, null,
                "Test for " + to, "test", Map.of("sender", "<b>Morgan</b> & co", "sent", "now"))));
    }

    private String address() {
        return "mail-" + System.nanoTime() + "@example.org";
    }

    @Test
    void a_reset_link_mail_is_written_with_its_link_and_rolled_back_with_it() {
        var name = people.name();
        var account = TestPeople.asAdmin(users, () -> accounts.create(new NewAccount(people.email(name), name,
                Set.of(Role.PARTICIPANT), null)));
        var email = account.account().email();
        transactions.executeWithoutResult(status -> {
            resets.requestLink(email, "203.0.113.9-" + System.nanoTime());
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from mail_message where recipient = ?", Long.class, email))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from link_token where account_id = ?", Long.class,
                account.account().id())).isZero();

        resets.requestLink(email, "203.0.113.9-" + System.nanoTime());
        var text = jdbc.queryForObject("select body_text from mail_message where recipient = ?", String.class, email);
        assertThat(text).contains("/reset-password/").contains(name);
    }

    @Test
    void a_message_reaches_the_smtp_server_with_a_text_and_an_html_part_and_typed_text_escaped() throws Exception {
        int port = freePort();
        var server = smtp(port);
        var to = address();
        queueTest(to);
        dispatcherTo(port).dispatch();
        var received = List.of(server.getReceivedMessagesForDomain("example.org")).stream()
                .filter(m -> recipient(m).equals(to)).toList();
        assertThat(received).hasSize(1);
        var alternative = alternative((MimeMultipart) received.get(0).getContent());
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) alternative.getBodyPart(1).getContent()).contains("&lt;b&gt;Morgan&lt;/b&gt; &amp; co")
                .doesNotContain("<b>Morgan");
        assertThat((String) alternative.getBodyPart(0).getContent()).contains("<b>Morgan</b> & co");
    }

    @Test
    void with_the_server_down_nothing_is_lost_and_once_it_is_back_racing_dispatchers_send_each_message_once()
            throws Exception {
        int port = freePort();
        var mine = new ArrayList<String>();
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 5; i++) {
            var to = address();
            mine.add(to);
            ids.add(queueTest(to));
        }
        var dispatcher = dispatcherTo(port);
        assertThat(dispatcher.dispatch()).isZero();
        var first = messages.findById(ids.get(0)).orElseThrow();
        assertThat(first.getStatus()).isEqualTo(MailStatus.QUEUED);
        assertThat(first.getAttempts()).isEqualTo(1);
        assertThat(first.getLastError()).isNotBlank();
        assertThat(first.getNextAttemptAt()).isAfter(clock.instant());

        var server = smtp(port);
        clock.advance(Duration.ofMinutes(5));
        List<Callable<String>> racing = List.of(() -> String.valueOf(dispatcher.dispatch()),
                () -> String.valueOf(dispatcherTo(port).dispatch()));
        Race.run(racing);
        dispatcher.dispatch();
        var received = List.of(server.getReceivedMessages()).stream().map(MailOutboxIT::recipient)
                .filter(mine::contains).toList();
        assertThat(received).containsExactlyInAnyOrderElementsOf(mine);
        assertThat(ids).allSatisfy(id -> assertThat(messages.findById(id).orElseThrow().getStatus())
                .isEqualTo(MailStatus.SENT));
    }

    @Test
    void an_address_the_server_refuses_for_good_ends_failed_with_its_error_and_is_not_tried_again() throws Exception {
        try (var refusing = new RefusingSmtpServer()) {
            var id = queueTest(address());
            var dispatcher = dispatcherTo(refusing.port());
            dispatcher.dispatch();
            var message = messages.findById(id).orElseThrow();
            assertThat(message.getStatus()).isEqualTo(MailStatus.FAILED);
            assertThat(message.getAttempts()).isEqualTo(1);
            assertThat(message.getLastError()).contains("550");
            clock.advance(Duration.ofHours(1));
            dispatcher.dispatch();
            assertThat(messages.findById(id).orElseThrow().getAttempts()).isEqualTo(1);
        }
    }

    @Test
    void a_server_that_stays_down_makes_the_message_fail_after_the_last_attempt() throws Exception {
        int port = freePort();
        var id = queueTest(address());
        var dispatcher = dispatcherTo(port);
        for (int i = 0; i < properties.maxAttempts(); i++) {
            dispatcher.dispatch();
            clock.advance(Duration.ofHours(1));
        }
        var message = messages.findById(id).orElseThrow();
        assertThat(message.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(message.getAttempts()).isEqualTo(properties.maxAttempts());
    }

    /** The multipart/alternative part, however deep the message nests it. */
    private static MimeMultipart alternative(MimeMultipart multipart) throws Exception {
        if (multipart.getContentType().startsWith("multipart/alternative")) {
            return multipart;
        }
        for (int i = 0; i < multipart.getCount(); i++) {
            if (multipart.getBodyPart(i).getContent() instanceof MimeMultipart inner) {
                return alternative(inner);
            }
        }
        throw new AssertionError("No multipart/alternative part in " + multipart.getContentType());
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
