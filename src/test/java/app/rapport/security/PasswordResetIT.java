package app.rapport.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.security.domain.AccountRepository;
import app.rapport.security.domain.AuditEventRepository;
import app.rapport.support.IssuedResetLinks;
import app.rapport.support.MutableClock;
import app.rapport.support.Race;
import app.rapport.support.RapportSpringTest;
import app.rapport.support.TestPeople;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** "Forgot password" against MariaDB: one answer for everyone, links that work once and briefly, limits. */
@RapportSpringTest
class PasswordResetIT {

    private static final String NEW_PASSWORD = "correct horse battery staple";

    @Autowired PasswordResets resets;
    @Autowired LinkTokens links;
    @Autowired AccountService accounts;
    @Autowired AccountRepository repository;
    @Autowired AuditEventRepository audit;
    @Autowired UserDetailsService users;
    @Autowired PasswordEncoder encoder;
    @Autowired IssuedResetLinks issued;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    private final TestPeople people = new TestPeople(20261204L);
    private int address = 1;

    /** A participant account, and a network address of its own so limits of other tests do not meet it. */
    private CreatedAccount someone() {
        var name = people.name();
        return TestPeople.asAdmin(users, () -> accounts.create(new NewAccount(people.email(name), name,
                Set.of(Role.PARTICIPANT), null)));
    }

    private String nextAddress() {
        return "198.51.100." + (address++) + "-" + System.nanoTime() % 100000;
    }

    private String linkFor(CreatedAccount account) {
        resets.requestLink(account.account().email().toUpperCase(), nextAddress());
        return issued.latestFor(account.account().email()).orElseThrow().token();
    }

    @Test
    void a_known_email_gets_a_link_whose_token_the_database_keeps_only_as_a_digest() {
        var account = someone();
        var token = linkFor(account);
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        var hashes = jdbc.queryForList("select token_hash from link_token where account_id = ?", String.class,
                account.account().id());
        assertThat(hashes).containsExactly(LinkTokens.digest(token)).doesNotContain(token);
        assertThat(resets.linkState(token)).isEqualTo(LinkState.VALID);
        assertThat(audit.findByAccountIdAndTypeOrderByIdAsc(account.account().id(),
                AuditEventType.RESET_LINK_REQUESTED)).hasSize(1);
    }

    @Test
    void unknown_and_disabled_emails_get_the_same_answer_and_no_link() {
        var disabled = someone();
        TestPeople.asAdmin(users, () -> accounts.setEnabled(disabled.account().id(), disabled.account().version(),
                false));
        var unknown = "nobody-" + System.nanoTime() + "@example.org";
        resets.requestLink(unknown, nextAddress());
        resets.requestLink(disabled.account().email(), nextAddress());
        assertThat(issued.countFor(unknown)).isZero();
        assertThat(issued.countFor(disabled.account().email())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from password_reset_request where email = ?", Long.class,
                unknown)).isEqualTo(1);
    }

    @Test
    void the_link_sets_the_new_password_once_and_then_says_it_was_used() {
        var account = someone();
        var token = linkFor(account);
        resets.resetWithLink(token, NEW_PASSWORD);
        var stored = repository.findById(account.account().id()).orElseThrow();
        assertThat(encoder.matches(NEW_PASSWORD, stored.getPasswordHash())).isTrue();
        assertThat(audit.findByAccountIdAndTypeOrderByIdAsc(stored.getId(), AuditEventType.PASSWORD_RESET_BY_LINK))
                .hasSize(1);
        assertThat(resets.linkState(token)).isEqualTo(LinkState.USED);
        assertThatThrownBy(() -> resets.resetWithLink(token, "another long password 2"))
                .isInstanceOf(AccountRuleException.class).hasMessageContaining("used already");
        assertThat(encoder.matches(NEW_PASSWORD, repository.findById(stored.getId()).orElseThrow()
                .getPasswordHash())).isTrue();
    }

    @Test
    void a_link_stops_working_after_thirty_minutes() {
        var account = someone();
        var token = linkFor(account);
        clock.advance(Duration.ofMinutes(29));
        assertThat(resets.linkState(token)).isEqualTo(LinkState.VALID);
        clock.advance(Duration.ofMinutes(2));
        assertThat(resets.linkState(token)).isEqualTo(LinkState.EXPIRED);
        assertThatThrownBy(() -> resets.resetWithLink(token, NEW_PASSWORD)).hasMessageContaining("expired");
        assertThat(encoder.matches(NEW_PASSWORD, repository.findById(account.account().id()).orElseThrow()
                .getPasswordHash())).isFalse();
    }

    @Test
    void a_newer_link_replaces_the_older_one() {
        var account = someone();
        var first = linkFor(account);
        var second = linkFor(account);
        assertThat(second).isNotEqualTo(first);
        assertThat(resets.linkState(first)).isEqualTo(LinkState.USED);
        assertThat(resets.linkState(second)).isEqualTo(LinkState.VALID);
    }

    @Test
    void a_token_made_for_another_purpose_or_mangled_opens_no_reset() {
        var account = someone();
        var invitation = transactions.execute(status -> links.issue(LinkPurpose.INVITATION, account.account().id(),
                Duration.ofDays(7)));
        assertThat(resets.linkState(invitation.token())).isEqualTo(LinkState.UNKNOWN);
        assertThatThrownBy(() -> resets.resetWithLink(invitation.token(), NEW_PASSWORD))
                .hasMessageContaining("not valid");
        var token = linkFor(account);
        assertThat(resets.linkState(token.substring(1))).isEqualTo(LinkState.UNKNOWN);
        assertThat(resets.linkState("x".repeat(5000))).isEqualTo(LinkState.UNKNOWN);
        assertThat(resets.linkState(null)).isEqualTo(LinkState.UNKNOWN);
    }

    @Test
    void a_password_the_policy_refuses_is_refused_on_its_field_and_the_link_still_works() {
        var account = someone();
        var token = linkFor(account);
        assertThatThrownBy(() -> resets.resetWithLink(token, "short"))
                .isInstanceOfSatisfying(AccountRuleException.class, e -> assertThat(e.field()).isEqualTo("newPassword"));
        assertThat(resets.linkState(token)).isEqualTo(LinkState.VALID);
        resets.resetWithLink(token, NEW_PASSWORD);
    }

    @Test
    void asking_too_often_makes_no_more_links_for_that_email_nor_from_that_address() {
        var account = someone();
        var email = account.account().email();
        for (int i = 0; i < 3; i++) {
            resets.requestLink(email, nextAddress());
        }
        resets.requestLink(email, nextAddress());
        assertThat(issued.countFor(email)).isEqualTo(3);
        assertThat(audit.findByAccountIdAndTypeOrderByIdAsc(account.account().id(),
                AuditEventType.RESET_LINK_THROTTLED)).hasSize(1);

        var from = nextAddress();
        for (int i = 0; i < 10; i++) {
            resets.requestLink("nobody-" + i + "-" + System.nanoTime() + "@example.org", from);
        }
        var other = someone();
        resets.requestLink(other.account().email(), from);
        assertThat(issued.countFor(other.account().email())).isZero();

        clock.advance(Duration.ofMinutes(61));
        resets.requestLink(email, nextAddress());
        assertThat(issued.countFor(email)).isEqualTo(4);
    }

    @Test
    void two_uses_of_one_link_racing_each_other_set_one_password() throws Exception {
        var account = someone();
        var token = linkFor(account);
        List<Callable<String>> uses = List.of(
                () -> use(token, "first racing password"),
                () -> use(token, "second racing password"));
        var outcomes = Race.run(uses);
        assertThat(outcomes).containsOnlyOnce("set");
        var hash = repository.findById(account.account().id()).orElseThrow().getPasswordHash();
        assertThat(encoder.matches("first racing password", hash) ^ encoder.matches("second racing password", hash))
                .isTrue();
    }

    private String use(String token, String password) {
        try {
            resets.resetWithLink(token, password);
            return "set";
        } catch (AccountRuleException e) {
            return "refused";
        }
    }
}
