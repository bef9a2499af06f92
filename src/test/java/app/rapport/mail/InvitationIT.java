package app.rapport.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.mail.domain.MailMessageRepository;
import app.rapport.program.EnrolmentRole;
import app.rapport.program.EnrolmentService;
import app.rapport.program.NewProgram;
import app.rapport.program.ParticipantInvitations;
import app.rapport.program.ParticipantSummary;
import app.rapport.program.ProgramDetails;
import app.rapport.program.ProgramService;
import app.rapport.security.AccountRuleException;
import app.rapport.security.AccountService;
import app.rapport.security.InvitationState;
import app.rapport.security.Invitations;
import app.rapport.security.LinkState;
import app.rapport.security.NewAccount;
import app.rapport.security.PeopleService;
import app.rapport.security.Role;
import app.rapport.support.AccessExpectations;
import app.rapport.support.MutableClock;
import app.rapport.support.RapportSpringTest;
import app.rapport.support.SignIns;
import app.rapport.support.TestPeople;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitations end to end below the browser, on MariaDB and a real SMTP server: a coordinator
 * invites, the mail carries a single-use link, the link sets the password; the reminder goes out
 * once; a refused address shows as bounced; and who may invite whom (the access matrix).
 */
@RapportSpringTest
class InvitationIT {

    enum Caller { ADMIN, OWN_COORDINATOR, OTHER_COORDINATOR, PARTICIPANT, ANONYMOUS }

    private static final Pattern LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]+)");

    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired ParticipantInvitations invitations;
    @Autowired Invitations links;
    @Autowired AccountService accounts;
    @Autowired PeopleService directory;
    @Autowired UserDetailsService users;
    @Autowired AuthenticationConfiguration authentication;
    @Autowired MailMessageRepository messages;
    @Autowired LockingTaskExecutor locks;
    @Autowired TransactionTemplate transactions;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    private final TestPeople people = new TestPeople(20261204L);
    private final MailProperties properties = new MailProperties("Rapport <no-reply@rapport.test>",
            "https://rapport.example.org", 1000, 3, Duration.ofMinutes(1));
    private GreenMail server;
    private int port;
    private ProgramDetails program;

    @BeforeEach
    void aProgramAndAMailServer() throws Exception {
        // Mail other tests queued waits far ahead, so each test reads its own.
        jdbc.update("update mail_message set next_attempt_at = ? where status = 'QUEUED'",
                Timestamp.from(clock.instant().plus(Duration.ofDays(36500))));
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        program = TestPeople.asAdmin(users, () -> programs.create(new NewProgram("Invitations " + people.name() + " "
                + System.nanoTime(), null, LocalDate.of(2026, 1, 1), null,
                Set.of(directory.findByEmail("coordinator@rapport.test").orElseThrow().id()))));
    }

    @AfterEach
    void stop() {
        TestPeople.signOut();
        server.stop();
    }

    private ParticipantSummary enrol() {
        var name = people.name();
        return TestPeople.asAdmin(users, () -> enrolments.enrol(program.id(), people.email(name), name,
                EnrolmentRole.MENTEE, null).participant());
    }

    private MailDispatcher dispatcher(int to) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(to);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        var factory = new StaticListableBeanFactory(Map.of("sender", sender));
        return new MailDispatcher(messages, factory.getBeanProvider(JavaMailSender.class), locks, transactions,
                properties, links, clock);
    }

    private InvitationState state(ParticipantSummary p) {
        return TestPeople.asAdmin(users, () -> invitations.statuses(program.id(), List.of(p.accountId()))
                .get(p.accountId()).state());
    }

    private void asCoordinator(Runnable work) {
        TestPeople.signIn(users, "coordinator@rapport.test");
        try {
            work.run();
        } finally {
            TestPeople.signOut();
        }
    }

    /** Sends what is queued and returns the mails the server received for this address, oldest first. */
    private List<MimeMessage> deliveredTo(String email) {
        dispatcher(port).dispatch();
        return List.of(server.getReceivedMessages()).stream().filter(m -> SmtpDelivery.recipient(m).equals(email)).toList();
    }

    private static String token(MimeMessage mail) {
        var matcher = LINK.matcher(SmtpDelivery.plainText(mail));
        assertThat(matcher.find()).as("an invitation link in the mail").isTrue();
        return matcher.group(1);
    }

    private boolean signsInWith(String email, String password) {
        return SignIns.works(authentication, email, password);
    }

    @Test
    void an_invitation_link_stops_working_once_the_person_has_joined_another_way() {
        var p = enrol();
        asCoordinator(() -> invitations.invite(program.id(), List.of(p.enrolmentId())));
        var token = token(deliveredTo(p.email()).get(0));
        assertThat(links.linkState(token)).isEqualTo(LinkState.VALID);

        // An admin gives the person a password and they sign in with it: the invitation is spent.
        var password = TestPeople.asAdmin(users, () -> accounts.resetPassword(p.accountId()));
        assertThat(signsInWith(p.email(), password)).isTrue();
        assertThat(links.linkState(token)).isEqualTo(LinkState.USED);
        assertThatThrownBy(() -> links.accept(token, "a forwarded mail takes nothing over"))
                .isInstanceOf(AccountRuleException.class).hasMessageContaining("used already");
        assertThat(signsInWith(p.email(), password)).isTrue();
    }

    @Test
    void sending_and_reading_invitations_directly_takes_staff() {
        var p = enrol();
        TestPeople.signIn(users, "mentee@rapport.test");
        assertThatThrownBy(() -> links.invite(List.of(p.accountId()), null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> links.statuses(List.of(p.accountId()))).isInstanceOf(AccessDeniedException.class);
        TestPeople.signOut();
    }

    @Test
    void the_link_in_the_invitation_sets_a_password_once_and_the_person_then_counts_as_joined() {
        var p = enrol();
        assertThat(state(p)).isEqualTo(InvitationState.NOT_INVITED);
        asCoordinator(() -> assertThat(invitations.invite(program.id(), List.of(p.enrolmentId())).sent()).isOne());
        assertThat(state(p)).isEqualTo(InvitationState.INVITED);
        var status = TestPeople.asAdmin(users, () -> invitations.statuses(program.id(), List.of(p.accountId())))
                .get(p.accountId());
        assertThat(status.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));

        var mails = deliveredTo(p.email());
        assertThat(mails).hasSize(1);
        assertThat(subject(mails.get(0))).isEqualTo("You are invited to " + program.name() + " on Rapport");
        assertThat(SmtpDelivery.plainText(mails.get(0))).contains("Hello " + p.name() + ",")
                .contains(program.name());
        var token = token(mails.get(0));
        assertThat(links.linkState(token)).isEqualTo(LinkState.VALID);
        assertThat(links.invitee(token)).contains(p.email());

        // A weak password is refused before the link is spent.
        assertThatThrownBy(() -> links.accept(token, "short")).isInstanceOf(AccountRuleException.class)
                .extracting(e -> ((AccountRuleException) e).field()).isEqualTo("newPassword");
        assertThat(links.linkState(token)).isEqualTo(LinkState.VALID);

        var password = "quiet harbour lantern " + people.name();
        links.accept(token, password);
        assertThat(signsInWith(p.email(), password)).isTrue();
        assertThat(state(p)).isEqualTo(InvitationState.JOINED);
        assertThat(links.linkState(token)).isEqualTo(LinkState.USED);
        assertThatThrownBy(() -> links.accept(token, "another long password here"))
                .isInstanceOf(AccountRuleException.class).hasMessageContaining("used already");
        assertThat(signsInWith(p.email(), "another long password here")).isFalse();

        // Joined people are not invited again, one by one or all together.
        asCoordinator(() -> {
            var again = invitations.invite(program.id(), List.of(p.enrolmentId()));
            assertThat(again.sent()).isZero();
            assertThat(again.joined()).isOne();
        });
        assertThat(deliveredTo(p.email())).hasSize(1);
    }

    @Test
    void an_invitation_is_written_with_its_cause_and_rolled_back_with_it() {
        var p = enrol();
        asCoordinator(() -> transactions.executeWithoutResult(status -> {
            invitations.invite(program.id(), List.of(p.enrolmentId()));
            status.setRollbackOnly();
        }));
        assertThat(jdbc.queryForObject("select count(*) from mail_message where recipient = ?", Long.class, p.email()))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from invitation where account_id = ?", Long.class,
                p.accountId())).isZero();
        assertThat(state(p)).isEqualTo(InvitationState.NOT_INVITED);
    }

    @Test
    void an_unused_invitation_is_reminded_once_after_three_days_with_a_link_that_ends_with_it() {
        var p = enrol();
        asCoordinator(() -> invitations.invite(program.id(), List.of(p.enrolmentId())));
        var expires = clock.instant().plus(Duration.ofDays(7));
        var first = token(deliveredTo(p.email()).get(0));

        clock.advance(Duration.ofDays(2));
        links.remindDue();
        assertThat(deliveredTo(p.email())).hasSize(1);

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        links.remindDue();
        var mails = deliveredTo(p.email());
        assertThat(mails).hasSize(2);
        assertThat(subject(mails.get(1))).startsWith("Reminder: you are invited to");
        assertThat(jdbc.queryForObject("select kind from mail_message where recipient = ? order by id desc limit 1",
                String.class, p.email())).isEqualTo("INVITATION_REMINDER");
        var second = token(mails.get(1));
        assertThat(links.linkState(first)).isEqualTo(LinkState.USED);
        assertThat(links.linkState(second)).isEqualTo(LinkState.VALID);
        assertThat(jdbc.queryForObject("select expires_at from link_token where account_id = ? order by id desc "
                + "limit 1", Timestamp.class, p.accountId()).toInstant()).isEqualTo(expires);

        clock.advance(Duration.ofDays(1));
        links.remindDue();
        assertThat(deliveredTo(p.email())).hasSize(2);

        // Past its week the invitation has expired; "invite everyone" reaches it again.
        clock.advance(Duration.ofDays(4));
        assertThat(state(p)).isEqualTo(InvitationState.EXPIRED);
        assertThat(links.linkState(second)).isEqualTo(LinkState.EXPIRED);
        asCoordinator(() -> assertThat(invitations.pending(program.id()).toInvite()).isOne());
        asCoordinator(() -> assertThat(invitations.inviteEveryone(program.id()).sent()).isOne());
        assertThat(state(p)).isEqualTo(InvitationState.INVITED);
        assertThat(deliveredTo(p.email())).hasSize(3);
    }

    @Test
    void an_invitation_the_server_refuses_for_good_shows_as_bounced_until_it_is_resent() throws Exception {
        var p = enrol();
        var other = enrol();
        asCoordinator(() -> invitations.invite(program.id(), List.of(p.enrolmentId())));
        try (var refusing = new RefusingSmtpServer()) {
            dispatcher(refusing.port()).dispatch();
        }
        assertThat(state(p)).isEqualTo(InvitationState.BOUNCED);
        var status = TestPeople.asAdmin(users, () -> invitations.statuses(program.id(), List.of(p.accountId())))
                .get(p.accountId());
        assertThat(status.bounceError()).contains("550");
        // "Invite everyone" leaves the bounced address to a resend by hand (after fixing it).
        asCoordinator(() -> {
            var everyone = invitations.inviteEveryone(program.id());
            assertThat(everyone.sent()).isOne();
        });
        assertThat(state(other)).isEqualTo(InvitationState.INVITED);
        assertThat(state(p)).isEqualTo(InvitationState.BOUNCED);
        asCoordinator(() -> invitations.invite(program.id(), List.of(p.enrolmentId())));
        assertThat(state(p)).isEqualTo(InvitationState.INVITED);
        assertThat(deliveredTo(p.email())).hasSize(1);
    }

    @Test
    void signing_in_for_the_first_time_counts_as_joining() {
        var name = people.name();
        var created = TestPeople.asAdmin(users, () -> accounts.create(new NewAccount(people.email(name), name,
                Set.of(Role.PARTICIPANT), "a long enough password " + name)));
        var p = TestPeople.asAdmin(users, () -> enrolments.enrol(program.id(), created.account().email(), name,
                EnrolmentRole.MENTOR, 2).participant());
        assertThat(state(p)).isEqualTo(InvitationState.NOT_INVITED);
        assertThat(signsInWith(created.account().email(), "a long enough password " + name)).isTrue();
        assertThat(state(p)).isEqualTo(InvitationState.JOINED);
    }

    @Test
    void an_admin_creates_an_account_with_an_invitation_instead_of_a_password() {
        var name = people.name();
        var created = TestPeople.asAdmin(users, () -> accounts.createAndInvite(new NewAccount(people.email(name), name,
                Set.of(Role.PARTICIPANT), null)));
        assertThat(created.invited()).isTrue();
        assertThat(created.generatedPassword()).isNull();
        var mails = deliveredTo(created.account().email());
        assertThat(mails).hasSize(1);
        assertThat(subject(mails.get(0))).isEqualTo("You are invited to Rapport");
        links.accept(token(mails.get(0)), "admin invited me " + name);
        assertThat(signsInWith(created.account().email(), "admin invited me " + name)).isTrue();
        TestPeople.signIn(users, "coordinator@rapport.test");
        assertThatThrownBy(() -> accounts.createAndInvite(new NewAccount(people.email(people.name()), "Someone",
                Set.of(Role.PARTICIPANT), null))).isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void only_the_programs_coordinators_and_admins_see_and_send_its_invitations(Caller caller) {
        var p = enrol();
        boolean allowed = caller == Caller.ADMIN || caller == Caller.OWN_COORDINATOR;
        as(caller);
        expect(allowed, () -> invitations.statuses(program.id(), List.of(p.accountId())));
        expect(allowed, () -> invitations.pending(program.id()));
        expect(allowed, () -> invitations.invite(program.id(), List.of(p.enrolmentId())));
        expect(allowed, () -> invitations.inviteEveryone(program.id()));
        TestPeople.signOut();
        assertThat(state(p)).isEqualTo(allowed ? InvitationState.INVITED : InvitationState.NOT_INVITED);
    }

    @Test
    void a_program_invites_and_reports_only_its_own_people() {
        var outsider = enrol();
        var elsewhere = TestPeople.asAdmin(users, () -> programs.create(new NewProgram("Elsewhere " + System.nanoTime(),
                null, LocalDate.of(2026, 1, 1), null,
                Set.of(directory.findByEmail("coordinator@rapport.test").orElseThrow().id()))));
        asCoordinator(() -> {
            assertThat(invitations.invite(elsewhere.id(), List.of(outsider.enrolmentId())).sent()).isZero();
            assertThat(invitations.statuses(elsewhere.id(), List.of(outsider.accountId()))).isEmpty();
        });
        assertThat(state(outsider)).isEqualTo(InvitationState.NOT_INVITED);
    }

    private void as(Caller caller) {
        switch (caller) {
            case ADMIN -> TestPeople.signIn(users, "admin@rapport.test");
            case OWN_COORDINATOR -> TestPeople.signIn(users, "coordinator@rapport.test");
            case OTHER_COORDINATOR -> TestPeople.signIn(users, "mei.tanaka@rapport.test");
            case PARTICIPANT -> TestPeople.signIn(users, "mentee@rapport.test");
            case ANONYMOUS -> TestPeople.signOut();
        }
    }

    private static void expect(boolean allowed, Runnable call) {
        AccessExpectations.expectAccess(allowed, call);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
