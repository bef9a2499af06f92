package app.rapport.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.program.EnrolmentRole;
import app.rapport.program.EnrolmentService;
import app.rapport.program.NewProgram;
import app.rapport.program.ProgramService;
import app.rapport.security.AccountRuleException;
import app.rapport.security.AccountService;
import app.rapport.security.EmailChanges;
import app.rapport.security.LinkState;
import app.rapport.security.PasswordResets;
import app.rapport.security.PeopleService;
import app.rapport.support.IssuedResetLinks;
import app.rapport.support.MutableClock;
import app.rapport.support.RapportSpringTest;
import app.rapport.support.SignIns;
import app.rapport.support.TestPeople;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Changing one's email, on MariaDB and a real SMTP server: the request needs the password, the
 * login changes only through the link mailed to the new address, the old address is told, a taken
 * address gets the same answer and no link, and requests are limited.
 */
@RapportSpringTest
class EmailChangeIT {

    private static final Pattern LINK = Pattern.compile("/confirm-email/([A-Za-z0-9_-]+)");

    @Autowired EmailChanges changes;
    @Autowired PasswordResets resets;
    @Autowired IssuedResetLinks resetLinks;
    @Autowired AccountService accounts;
    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired PeopleService directory;
    @Autowired UserDetailsService users;
    @Autowired AuthenticationConfiguration authentication;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext app;

    private final TestPeople people = new TestPeople(20261205L);
    private GreenMail server;
    private int port;

    /** A person enrolled in a program, with a password. */
    private record Person(long accountId, String email, String password) {
    }

    @BeforeEach
    void aMailServer() throws Exception {
        // Mail other tests queued waits far ahead, so each test reads its own.
        jdbc.update("update mail_message set next_attempt_at = ? where status = 'QUEUED'",
                Timestamp.from(clock.instant().plus(Duration.ofDays(36500))));
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    @AfterEach
    void stop() {
        TestPeople.signOut();
        server.stop();
    }

    private Person enrolled() {
        var name = people.name();
        var email = people.email(name).toLowerCase(java.util.Locale.ROOT);
        return TestPeople.asAdmin(users, () -> {
            var program = programs.create(new NewProgram("Email change " + name + " " + System.nanoTime(), null,
                    LocalDate.of(2026, 1, 1), null,
                    Set.of(directory.findByEmail("coordinator@rapport.test").orElseThrow().id())));
            var added = enrolments.enrol(program.id(), email, name, EnrolmentRole.MENTEE, null).participant();
            return new Person(added.accountId(), email, accounts.resetPassword(added.accountId()));
        });
    }

    private String freshAddress() {
        return "moved." + people.email(people.name()).toLowerCase(java.util.Locale.ROOT);
    }

    private List<MimeMessage> deliveredTo(String email) {
        SmtpDelivery.to(app, port).dispatch();
        return List.of(server.getReceivedMessages()).stream().filter(m -> SmtpDelivery.recipient(m).equals(email))
                .toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(MimeMessage mail) {
        var matcher = LINK.matcher(SmtpDelivery.plainText(mail));
        assertThat(matcher.find()).as("a confirmation link in the mail").isTrue();
        return matcher.group(1);
    }

    private boolean signsInWith(String email, String password) {
        return SignIns.works(authentication, email, password);
    }

    private int audited(long accountId, String type) {
        return jdbc.queryForObject("select count(*) from security_audit_event where account_id = ? and event_type = ?",
                Integer.class, accountId, type);
    }

    @Test
    void the_link_mailed_to_the_new_address_changes_the_login_and_the_old_address_is_told() {
        var person = enrolled();
        var target = freshAddress();
        TestPeople.signIn(users, person.email());
        assertThat(changes.requestMine(person.password(), "  " + target.toUpperCase() + " ")).isEqualTo(target);
        assertThat(changes.pendingMine()).hasValueSatisfying(p -> {
            assertThat(p.newEmail()).isEqualTo(target);
            assertThat(p.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        });

        var confirmation = deliveredTo(target);
        assertThat(confirmation).hasSize(1);
        assertThat(subject(confirmation.get(0))).isEqualTo("Confirm your new email for Rapport");
        var notice = deliveredTo(person.email());
        assertThat(notice).hasSize(1);
        assertThat(subject(notice.get(0))).isEqualTo("Your Rapport email is being changed");
        assertThat(SmtpDelivery.plainText(notice.get(0))).contains(target).doesNotContain("/confirm-email/");

        // Until the link is opened, nothing changes.
        var token = token(confirmation.get(0));
        assertThat(signsInWith(person.email(), person.password())).isTrue();
        assertThat(signsInWith(target, person.password())).isFalse();
        assertThat(changes.linkState(token)).isEqualTo(LinkState.VALID);
        assertThat(changes.addressOf(token)).contains(target);

        TestPeople.signOut();
        assertThat(changes.confirm(token)).isEqualTo(target);
        assertThat(signsInWith(target, person.password())).isTrue();
        assertThat(signsInWith(person.email(), person.password())).isFalse();
        assertThat(jdbc.queryForList("select person_email from enrolment where account_id = ?", String.class,
                person.accountId())).containsOnly(target);
        assertThat(audited(person.accountId(), "EMAIL_CHANGE_REQUESTED")).isOne();
        assertThat(audited(person.accountId(), "EMAIL_CHANGED")).isOne();

        assertThat(changes.linkState(token)).isEqualTo(LinkState.USED);
        assertThatThrownBy(() -> changes.confirm(token)).isInstanceOf(AccountRuleException.class)
                .hasMessageContaining("used already");
        TestPeople.signIn(users, target);
        assertThat(changes.pendingMine()).isEmpty();
        assertThat(accounts.me().email()).isEqualTo(target);
    }

    @Test
    void a_wrong_password_a_bad_address_or_the_same_one_is_refused_at_its_field_and_nothing_is_sent() {
        var person = enrolled();
        TestPeople.signIn(users, person.email());
        var queuedBefore = jdbc.queryForObject("select count(*) from mail_message", Integer.class);
        assertThatThrownBy(() -> changes.requestMine("not the password", freshAddress()))
                .isInstanceOf(AccountRuleException.class)
                .extracting(e -> ((AccountRuleException) e).field()).isEqualTo("currentPassword");
        assertThatThrownBy(() -> changes.requestMine(person.password(), "no-at-sign.example.org"))
                .isInstanceOf(AccountRuleException.class)
                .extracting(e -> ((AccountRuleException) e).field()).isEqualTo("newEmail");
        assertThatThrownBy(() -> changes.requestMine(person.password(), person.email().toUpperCase()))
                .isInstanceOf(AccountRuleException.class).hasMessageContaining("already");
        assertThat(jdbc.queryForObject("select count(*) from mail_message", Integer.class)).isEqualTo(queuedBefore);
        assertThat(changes.pendingMine()).isEmpty();
        assertThat(audited(person.accountId(), "EMAIL_CHANGE_REQUESTED")).isZero();
    }

    @Test
    void an_address_another_account_has_gets_the_same_answer_no_link_and_keeps_its_owner() {
        var person = enrolled();
        var other = enrolled();
        TestPeople.signIn(users, person.email());
        assertThat(changes.requestMine(person.password(), other.email())).isEqualTo(other.email());
        // The profile cannot tell a taken address from a free one.
        assertThat(changes.pendingMine()).hasValueSatisfying(p -> assertThat(p.newEmail()).isEqualTo(other.email()));

        var toOther = deliveredTo(other.email());
        assertThat(toOther).hasSize(1);
        assertThat(subject(toOther.get(0))).isEqualTo("This address already has a Rapport account");
        assertThat(SmtpDelivery.plainText(toOther.get(0))).contains("Nothing has changed")
                .doesNotContain("/confirm-email/");
        assertThat(deliveredTo(person.email())).hasSize(1);
        assertThat(signsInWith(other.email(), other.password())).isTrue();
        assertThat(signsInWith(person.email(), person.password())).isTrue();
    }

    @Test
    void a_newer_request_replaces_the_older_link_and_withdrawing_ends_it() {
        var person = enrolled();
        TestPeople.signIn(users, person.email());
        var first = freshAddress();
        changes.requestMine(person.password(), first);
        var firstToken = token(deliveredTo(first).get(0));
        var second = freshAddress();
        changes.requestMine(person.password(), second);
        var secondToken = token(deliveredTo(second).get(0));
        assertThat(changes.linkState(firstToken)).isEqualTo(LinkState.USED);
        assertThat(changes.pendingMine()).hasValueSatisfying(p -> assertThat(p.newEmail()).isEqualTo(second));

        changes.cancelMine();
        assertThat(changes.pendingMine()).isEmpty();
        assertThat(changes.linkState(secondToken)).isEqualTo(LinkState.USED);
        assertThatThrownBy(() -> changes.confirm(secondToken)).isInstanceOf(AccountRuleException.class);
        assertThat(signsInWith(person.email(), person.password())).isTrue();
    }

    @Test
    void a_link_expires_after_a_day() {
        var person = enrolled();
        TestPeople.signIn(users, person.email());
        var target = freshAddress();
        changes.requestMine(person.password(), target);
        var token = token(deliveredTo(target).get(0));
        clock.advance(Duration.ofHours(24).plusMinutes(1));
        assertThat(changes.linkState(token)).isEqualTo(LinkState.EXPIRED);
        assertThat(changes.pendingMine()).isEmpty();
        assertThatThrownBy(() -> changes.confirm(token)).isInstanceOf(AccountRuleException.class)
                .hasMessageContaining("expired");
        assertThat(signsInWith(person.email(), person.password())).isTrue();
    }

    @Test
    void requests_are_limited_per_hour_and_the_refusal_is_audited() {
        var person = enrolled();
        TestPeople.signIn(users, person.email());
        for (int i = 0; i < 5; i++) {
            changes.requestMine(person.password(), freshAddress());
        }
        assertThatThrownBy(() -> changes.requestMine(person.password(), freshAddress()))
                .isInstanceOf(AccountRuleException.class).hasMessageContaining("in the last hour");
        assertThat(audited(person.accountId(), "EMAIL_CHANGE_THROTTLED")).isOne();
        clock.advance(Duration.ofHours(1).plusMinutes(1));
        var later = freshAddress();
        assertThat(changes.requestMine(person.password(), later)).isEqualTo(later);
    }

    @Test
    void wrong_passwords_count_toward_the_limit_so_the_form_cannot_guess_one() {
        var person = enrolled();
        TestPeople.signIn(users, person.email());
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> changes.requestMine("guess " + people.name(), freshAddress()))
                    .isInstanceOf(AccountRuleException.class).hasMessageContaining("not your current password");
        }
        assertThat(audited(person.accountId(), "EMAIL_CHANGE_BAD_PASSWORD")).isEqualTo(5);
        assertThatThrownBy(() -> changes.requestMine(person.password(), freshAddress()))
                .isInstanceOf(AccountRuleException.class).hasMessageContaining("in the last hour");
        assertThat(changes.pendingMine()).isEmpty();
    }

    @Test
    void confirming_ends_a_reset_link_that_went_to_the_old_address() {
        var person = enrolled();
        resets.requestLink(person.email(), "192.0.2." + (1 + new java.util.Random(person.accountId()).nextInt(250)));
        var reset = resetLinks.latestFor(person.email()).orElseThrow().token();
        assertThat(resets.linkState(reset)).isEqualTo(LinkState.VALID);

        TestPeople.signIn(users, person.email());
        var target = freshAddress();
        changes.requestMine(person.password(), target);
        TestPeople.signOut();
        changes.confirm(token(deliveredTo(target).get(0)));
        assertThat(resets.linkState(reset)).isEqualTo(LinkState.USED);
    }

    @Test
    void nobody_signed_out_can_ask_or_see_a_change() {
        TestPeople.signOut();
        assertThatThrownBy(() -> changes.requestMine("x", freshAddress()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> changes.pendingMine()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> changes.cancelMine()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(changes.linkState("not-a-token")).isEqualTo(LinkState.UNKNOWN);
        assertThatThrownBy(() -> changes.confirm("not-a-token")).isInstanceOf(AccountRuleException.class)
                .hasMessageContaining("not valid");
    }
}
