package app.rapport.security;

import app.rapport.base.Like;
import app.rapport.security.domain.Account;
import app.rapport.security.domain.AccountRepository;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Accounts: what an admin does to any account, and what every signed-in person does to their
 * own. The security boundary: each method checks the caller's role, and the "my" methods act on
 * the caller's own account only. Every security-relevant change is written to the audit log in
 * the same transaction.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Invitations invitations;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog auditLog, Clock clock,
            ApplicationEventPublisher events, Invitations invitations) {
        this.events = events;
        this.invitations = invitations;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** One page of accounts matching the filter, roles included (three statements per page). */
    @PreAuthorize(AppRoles.IS_ADMIN)
    public List<AccountSummary> search(AccountFilter filter, Pageable page) {
        return accounts.search(Like.containing(filter.text()), filter.role(), page).stream().map(AccountService::summary).toList();
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    public long count(AccountFilter filter) {
        return accounts.countSearch(Like.containing(filter.text()), filter.role());
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    public AccountSummary get(long id) {
        return summary(load(id));
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public CreatedAccount create(@Valid NewAccount request) {
        return created(request);
    }

    /**
     * Creates the account and invites its owner by email to choose a password; no password is
     * shown to anyone (the account has a random one nobody knows until the invitation is used).
     */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public CreatedAccount createAndInvite(@Valid NewAccount request) {
        var created = created(new NewAccount(request.email(), request.displayName(), request.roles(), null));
        invitations.invite(List.of(created.account().id()), null, actorId());
        return new CreatedAccount(created.account(), null, true);
    }

    private CreatedAccount created(NewAccount request) {
        var email = Emails.normalize(request.email());
        if (!Emails.isValid(email)) {
            throw new AccountRuleException("email", "Enter a valid email address");
        }
        if (accounts.existsByEmail(email)) {
            throw new AccountRuleException("email", "An account with this email already exists");
        }
        String generated = null;
        String password = request.password();
        if (password == null || password.isEmpty()) {
            generated = PasswordPolicy.generate();
            password = generated;
        } else {
            PasswordPolicy.problem(password, email).ifPresent(p -> {
                throw new AccountRuleException("password", p);
            });
        }
        var account = new Account(email, request.displayName(), passwordEncoder.encode(password), request.roles(),
                clock.instant());
        try {
            account = accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException e) {
            // Another admin created the same email a moment ago.
            throw new AccountRuleException("email", "An account with this email already exists");
        }
        auditLog.record(AuditEventType.ACCOUNT_CREATED, account.getId(), actorId(), email,
                "roles " + names(account.getRoles()));
        return new CreatedAccount(summary(account), generated, false);
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public AccountSummary update(@Valid AccountUpdate update) {
        var account = loadAt(update.id(), update.version());
        var actor = CurrentUser.require();
        var newRoles = EnumSet.copyOf(update.roles());
        if (account.getId() == actor.accountId() && !newRoles.contains(Role.ADMIN)) {
            throw new AccountRuleException("roles", "You cannot remove your own admin role. Ask another admin.");
        }
        rename(account, update.displayName());
        var oldRoles = account.getRoles();
        if (!oldRoles.equals(newRoles)) {
            account.changeRoles(newRoles, clock.instant());
            auditLog.record(AuditEventType.ROLE_CHANGE, account.getId(), actor.accountId(), account.getEmail(),
                    names(oldRoles) + " -> " + names(newRoles));
        }
        return summary(saveChecked(account));
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public AccountSummary setEnabled(long id, long version, boolean enabled) {
        var account = loadAt(id, version);
        var actor = CurrentUser.require();
        if (account.isEnabled() == enabled) {
            return summary(account);
        }
        if (!enabled && account.getId() == actor.accountId()
                && accounts.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new AccountRuleException(null, "You are the last admin: you cannot disable your own account.");
        }
        account.setEnabled(enabled, clock.instant());
        auditLog.record(enabled ? AuditEventType.ACCOUNT_ENABLED : AuditEventType.ACCOUNT_DISABLED, account.getId(),
                actor.accountId(), account.getEmail(), null);
        return summary(saveChecked(account));
    }

    /**
     * Sets a generated password and returns it, to be shown to the admin once. Every session of
     * the account ends at its next request (AccountStatusFilter sees the new hash).
     */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public String resetPassword(long id) {
        var account = load(id);
        var password = PasswordPolicy.generate();
        account.changePasswordHash(passwordEncoder.encode(password), clock.instant());
        auditLog.record(AuditEventType.PASSWORD_RESET, account.getId(), CurrentUser.require().accountId(),
                account.getEmail(), null);
        saveChecked(account);
        return password;
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public AccountSummary me() {
        return summary(load(CurrentUser.require().accountId()));
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public AccountSummary renameMe(long version, String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new AccountRuleException("displayName", "Enter a name");
        }
        if (displayName.strip().length() > AccountSummary.DISPLAY_NAME_MAX) {
            throw new AccountRuleException("displayName", "Use at most 100 characters");
        }
        var account = loadAt(CurrentUser.require().accountId(), version);
        rename(account, displayName);
        return summary(saveChecked(account));
    }

    /** Changes the caller's password: their other sessions end, this one stays signed in. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public void changeMyPassword(String currentPassword, String newPassword) {
        var account = load(CurrentUser.require().accountId());
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountRuleException("currentPassword", "This is not your current password");
        }
        PasswordPolicy.problem(newPassword, account.getEmail()).ifPresent(p -> {
            throw new AccountRuleException("newPassword", p);
        });
        account.changePasswordHash(passwordEncoder.encode(newPassword), clock.instant());
        auditLog.record(AuditEventType.PASSWORD_CHANGED, account.getId(), account.getId(), account.getEmail(), null);
        saveChecked(account);
        // The new hash signs out every session of the account at its next request (AccountStatusFilter);
        // the one that made the change carries on, so it takes the new credentials' principal.
        SignedInSession.replacePrincipal(AccountUserDetailsService.toUser(account));
    }

    private Account load(long id) {
        return accounts.findById(id).orElseThrow(() -> new AccountRuleException(null, "This account no longer exists."));
    }

    private Account loadAt(long id, long version) {
        var account = load(id);
        if (account.getVersion() != version) {
            throw new StaleEditException();
        }
        return account;
    }

    private void rename(Account account, String displayName) {
        if (!account.getDisplayName().equals(displayName.strip())) {
            account.rename(displayName, clock.instant());
            events.publishEvent(new AccountRenamed(account.getId(), account.getDisplayName()));
        }
    }

    /** Saves now, so a concurrent change surfaces here as a clear message rather than at commit. */
    private Account saveChecked(Account account) {
        try {
            return accounts.saveAndFlush(account);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException();
        }
    }

    private static Long actorId() {
        return CurrentUser.get().map(RapportUser::accountId).orElse(null);
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(", ", "[", "]"));
    }

    static AccountSummary summary(Account a) {
        return new AccountSummary(a.getId(), a.getEmail(), a.getDisplayName(), a.getRoles(), a.isEnabled(),
                a.getCreatedAt(), a.getVersion());
    }
}
