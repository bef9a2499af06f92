package app.rapport.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.security.domain.AccountRepository;
import app.rapport.security.domain.AuditEventRepository;
import app.rapport.support.RapportSpringTest;
import app.rapport.support.TestPeople;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import jakarta.persistence.EntityManagerFactory;

/** The account service against MariaDB: its rules, its guards, and what it writes to the audit log. */
@RapportSpringTest
class AccountServiceIT {

    private static final String ADMIN = "admin@rapport.test";

    @Autowired AccountService service;
    @Autowired AccountRepository repository;
    @Autowired AuditEventRepository audit;
    @Autowired UserDetailsService users;
    @Autowired PasswordEncoder encoder;
    @Autowired EntityManagerFactory emf;

    private final TestPeople people = new TestPeople(20261127L);

    @BeforeEach
    void signInAsAdmin() {
        TestPeople.signIn(users, ADMIN);
    }

    @AfterEach
    void signOut() {
        TestPeople.signOut();
    }

    private CreatedAccount newParticipant() {
        var name = people.name();
        return service.create(new NewAccount(people.email(name), name, Set.of(Role.PARTICIPANT), null));
    }

    @Test
    void an_admin_creates_an_account_with_a_generated_password_that_works() {
        var created = newParticipant();
        assertThat(created.generatedPassword()).hasSize(16);
        var stored = repository.findById(created.account().id()).orElseThrow();
        assertThat(stored.getEmail()).isEqualTo(created.account().email()).isLowerCase();
        assertThat(stored.getPasswordHash()).startsWith("{bcrypt}");
        assertThat(encoder.matches(created.generatedPassword(), stored.getPasswordHash())).isTrue();
        assertThat(audit.findByAccountIdAndTypeOrderByIdAsc(stored.getId(), AuditEventType.ACCOUNT_CREATED)).hasSize(1);
    }

    @Test
    void the_same_email_in_another_case_is_refused_and_nothing_is_saved() {
        var created = newParticipant();
        var before = repository.count();
        assertThatThrownBy(() -> service.create(new NewAccount(created.account().email().toUpperCase(), "Other",
                Set.of(Role.PARTICIPANT), null)))
                .isInstanceOf(AccountRuleException.class)
                .satisfies(e -> assertThat(((AccountRuleException) e).field()).isEqualTo("email"));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void invalid_input_is_refused_by_the_service_too() {
        var before = repository.count();
        assertThatThrownBy(() -> service.create(new NewAccount("not-an-email", "Name", Set.of(Role.PARTICIPANT), null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> service.create(new NewAccount("x@example.org", " ", Set.of(Role.PARTICIPANT), null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> service.create(new NewAccount("x@example.org", "Name", Set.of(), null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> service.create(new NewAccount("y@example.org", "Name", Set.of(Role.PARTICIPANT),
                "short")))
                .isInstanceOf(AccountRuleException.class).hasMessageContaining("at least 12");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void a_stale_edit_is_refused_instead_of_overwriting() {
        var account = newParticipant().account();
        service.update(new AccountUpdate(account.id(), account.version(), "First admin's name", account.roles()));
        assertThatThrownBy(() -> service.update(new AccountUpdate(account.id(), account.version(),
                "Second admin's name", account.roles())))
                .isInstanceOf(StaleEditException.class).hasMessageContaining("changed meanwhile");
        assertThat(service.get(account.id()).displayName()).isEqualTo("First admin's name");
    }

    @Test
    void a_role_change_is_audited_with_before_and_after() {
        var account = newParticipant().account();
        service.update(new AccountUpdate(account.id(), account.version(), account.displayName(),
                Set.of(Role.PARTICIPANT, Role.COORDINATOR)));
        var events = audit.findByAccountIdAndTypeOrderByIdAsc(account.id(), AuditEventType.ROLE_CHANGE);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.getDetail()).isEqualTo("[PARTICIPANT] -> [COORDINATOR, PARTICIPANT]");
            assertThat(e.getActorAccountId()).isNotNull();
        });
    }

    @Test
    void an_admin_cannot_remove_their_own_admin_role() {
        var me = service.me();
        assertThatThrownBy(() -> service.update(new AccountUpdate(me.id(), me.version(), me.displayName(),
                Set.of(Role.PARTICIPANT))))
                .isInstanceOf(AccountRuleException.class).hasMessageContaining("own admin role");
        assertThat(service.me().roles()).contains(Role.ADMIN);
    }

    @Test
    void the_last_admin_cannot_disable_themselves_but_another_admin_can_be_disabled() {
        var me = service.me();
        // Other tests may have made admins: leave this one as the only enabled admin.
        service.search(new AccountFilter(null, Role.ADMIN), PageRequest.of(0, 100)).stream()
                .filter(a -> a.id() != me.id() && a.enabled())
                .forEach(a -> service.setEnabled(a.id(), a.version(), false));
        assertThat(repository.countEnabledWithRole(Role.ADMIN)).isEqualTo(1);
        assertThatThrownBy(() -> service.setEnabled(me.id(), me.version(), false))
                .isInstanceOf(AccountRuleException.class).hasMessageContaining("last admin");

        var name = people.name();
        var second = service.create(new NewAccount(people.email(name), name, Set.of(Role.ADMIN), null)).account();
        var disabled = service.setEnabled(second.id(), second.version(), false);
        assertThat(disabled.enabled()).isFalse();
        assertThat(audit.findByAccountIdAndTypeOrderByIdAsc(second.id(), AuditEventType.ACCOUNT_DISABLED)).hasSize(1);
    }

    @Test
    void search_filters_by_text_and_role_in_three_statements_per_page() {
        var account = newParticipant().account();
        var stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        var page = service.search(new AccountFilter(account.displayName().toUpperCase(), Role.PARTICIPANT),
                PageRequest.of(0, 50, Sort.by("email")));
        assertThat(page).extracting(AccountSummary::id).contains(account.id());
        assertThat(page).allSatisfy(a -> assertThat(a.roles()).contains(Role.PARTICIPANT));
        service.search(AccountFilter.none(), PageRequest.of(0, 50));
        // Two pages: each one select of accounts plus one batched select of their roles.
        assertThat(stats.getPrepareStatementCount()).isLessThanOrEqualTo(4);
        var admins = service.search(new AccountFilter(null, Role.ADMIN), PageRequest.of(0, 50));
        assertThat(admins).extracting(AccountSummary::email).contains(ADMIN).doesNotContain(account.email());
        assertThat(service.count(new AccountFilter(null, Role.ADMIN))).isEqualTo(admins.size());
        assertThat(service.search(new AccountFilter("100%_\\", null), PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void a_participant_can_call_no_admin_method() {
        TestPeople.signIn(users, "mentee@rapport.test");
        var id = service.me().id();
        assertThatThrownBy(() -> service.search(AccountFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.count(AccountFilter.none())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.get(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create(new NewAccount("z@example.org", "Z", Set.of(Role.ADMIN), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.update(new AccountUpdate(id, 0, "Me", Set.of(Role.ADMIN))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.setEnabled(id, 0, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.resetPassword(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_coordinator_can_call_no_admin_method() {
        TestPeople.signIn(users, "coordinator@rapport.test");
        assertThatThrownBy(() -> service.search(AccountFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.resetPassword(1L)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_signed_out_can_call_anything() {
        TestPeople.signOut();
        assertThatThrownBy(() -> service.me()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> service.changeMyPassword("a", "b"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> service.count(AccountFilter.none()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void everyone_changes_their_own_password_only_with_the_current_one() {
        var created = newParticipant();
        TestPeople.signIn(users, created.account().email());
        assertThatThrownBy(() -> service.changeMyPassword("wrong-password-123", "a-brand-new-password"))
                .isInstanceOf(AccountRuleException.class)
                .satisfies(e -> assertThat(((AccountRuleException) e).field()).isEqualTo("currentPassword"));
        assertThatThrownBy(() -> service.changeMyPassword(created.generatedPassword(), created.account().email()))
                .isInstanceOf(AccountRuleException.class).hasMessageContaining("email");
        assertThatThrownBy(() -> service.changeMyPassword(created.generatedPassword(), "too-short"))
                .isInstanceOf(AccountRuleException.class).hasMessageContaining("12");
        service.changeMyPassword(created.generatedPassword(), "a-brand-new-password");
        var hash = repository.findById(created.account().id()).orElseThrow().getPasswordHash();
        assertThat(encoder.matches("a-brand-new-password", hash)).isTrue();
        assertThat(audit.findByAccountIdAndTypeOrderByIdAsc(created.account().id(), AuditEventType.PASSWORD_CHANGED))
                .hasSize(1);
    }

    @Test
    void renaming_oneself_checks_the_name_and_the_version() {
        var created = newParticipant();
        TestPeople.signIn(users, created.account().email());
        var me = service.me();
        assertThatThrownBy(() -> service.renameMe(me.version(), "   ")).isInstanceOf(AccountRuleException.class);
        assertThatThrownBy(() -> service.renameMe(me.version(), "x".repeat(101)))
                .isInstanceOf(AccountRuleException.class);
        var renamed = service.renameMe(me.version(), "  <b>New</b> Name ");
        assertThat(renamed.displayName()).isEqualTo("<b>New</b> Name");
        assertThatThrownBy(() -> service.renameMe(me.version(), "Again")).isInstanceOf(StaleEditException.class);
    }

    @Test
    void a_reset_password_replaces_the_old_one() {
        var created = newParticipant();
        var fresh = service.resetPassword(created.account().id());
        var hash = repository.findById(created.account().id()).orElseThrow().getPasswordHash();
        assertThat(encoder.matches(fresh, hash)).isTrue();
        assertThat(encoder.matches(created.generatedPassword(), hash)).isFalse();
    }
}
