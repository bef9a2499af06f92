package app.rapport.security;

import app.rapport.security.domain.Account;
import app.rapport.security.domain.AccountRepository;
import app.rapport.security.domain.AuditEventRepository;
import app.rapport.security.domain.EmailChange;
import app.rapport.security.domain.EmailChangeRepository;
import app.rapport.security.domain.LinkTokenRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person moves their own account to a new email address: they ask with their password, a link
 * goes to the new address, and only opening it there changes the login; the old address is told
 * of the request. The answer is the same whether another account has the address or not (that
 * address is told nothing changed), so the form reveals no one's account. Requests and wrong
 * passwords are limited together per account, and everything is audit-logged. Confirming ends
 * every reset or invitation link mailed to the old address.
 */
@Service
public class EmailChanges {

    /** How long a confirmation link works. */
    public static final Duration VALID_FOR = Duration.ofHours(24);
    /** Requests an account may make in an hour; more are refused with a clear word. */
    static final int PER_HOUR = 5;

    private final AccountRepository accounts;
    private final EmailChangeRepository changes;
    private final LinkTokens links;
    private final LinkTokenRepository tokens;
    private final AuditEventRepository events;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    EmailChanges(AccountRepository accounts, EmailChangeRepository changes, LinkTokens links,
            LinkTokenRepository tokens, AuditEventRepository events, PasswordEncoder passwordEncoder, AuditLog auditLog,
            ApplicationEventPublisher publisher, Clock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.links = links;
        this.tokens = tokens;
        this.events = events;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Asks to move the caller's account to {@code newEmail}: checks the password and the address,
     * then queues the mails. Returns the address as it will be kept (trimmed, lower case).
     */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    // A refusal writes nothing but, when throttled, its audit row, which must stay.
    @Transactional(noRollbackFor = AccountRuleException.class)
    public String requestMine(String currentPassword, String newEmail) {
        var account = accounts.findById(CurrentUser.require().accountId())
                .orElseThrow(() -> new AccountRuleException(null, "This account no longer exists."));
        if (!Emails.isValid(newEmail)) {
            throw new AccountRuleException("newEmail", "Enter a valid email address");
        }
        var normalized = Emails.normalize(newEmail);
        if (normalized.equals(account.getEmail())) {
            throw new AccountRuleException("newEmail", "This is your email already");
        }
        // Requests and wrong passwords count alike, so the form cannot be used to guess the password.
        var now = clock.instant();
        var hourAgo = now.minus(Duration.ofHours(1));
        if (tokens.countByAccountIdAndPurposeAndCreatedAtAfter(account.getId(), LinkPurpose.EMAIL_CHANGE, hourAgo)
                + events.countByAccountIdAndTypeAndOccurredAtAfter(account.getId(),
                        AuditEventType.EMAIL_CHANGE_BAD_PASSWORD, hourAgo) >= PER_HOUR) {
            auditLog.record(AuditEventType.EMAIL_CHANGE_THROTTLED, account.getId(), account.getId(),
                    account.getEmail(), null);
            throw new AccountRuleException(null, "You asked for this several times in the last hour. "
                    + "Use the latest link you were sent, or try again in an hour.");
        }
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            auditLog.record(AuditEventType.EMAIL_CHANGE_BAD_PASSWORD, account.getId(), account.getId(),
                    account.getEmail(), null);
            throw new AccountRuleException("currentPassword", "This is not your current password");
        }
        var issued = links.issue(LinkPurpose.EMAIL_CHANGE, account.getId(), VALID_FOR);
        // A taken address waits like any other, so the profile shows the same; its link is never sent.
        var taken = accounts.findByEmail(normalized).isPresent();
        changes.findByAccountId(account.getId()).ifPresentOrElse(
                pending -> pending.renew(normalized, issued.id(), now),
                () -> changes.save(new EmailChange(account.getId(), normalized, issued.id(), now)));
        auditLog.record(AuditEventType.EMAIL_CHANGE_REQUESTED, account.getId(), account.getId(), account.getEmail(),
                "to " + normalized + (taken ? " (address taken, nothing sent there but a notice)" : ""));
        publisher.publishEvent(new EmailChangeRequested(account.getId(), account.getDisplayName(), account.getEmail(),
                normalized, taken ? null : issued.id(), taken ? null : issued.token(), issued.expiresAt()));
        return normalized;
    }

    /** The caller's change waiting for confirmation, if its link still works. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<PendingEmailChange> pendingMine() {
        var now = clock.instant();
        return changes.findByAccountId(CurrentUser.require().accountId())
                .filter(c -> tokens.findById(c.getLinkTokenId()).filter(t -> !t.isUsed()).isPresent())
                .map(c -> new PendingEmailChange(c.getNewEmail(), c.getRequestedAt(),
                        c.getRequestedAt().plus(VALID_FOR)))
                .filter(p -> p.expiresAt().isAfter(now));
    }

    /** Withdraws the caller's pending change: its link stops working. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public void cancelMine() {
        var accountId = CurrentUser.require().accountId();
        changes.findByAccountId(accountId).ifPresent(c -> {
            tokens.findById(c.getLinkTokenId()).filter(t -> !t.isUsed()).ifPresent(t -> t.use(clock.instant()));
            changes.delete(c);
        });
    }

    /** Whether the link would confirm an address now. */
    public LinkState linkState(String token) {
        return links.state(LinkPurpose.EMAIL_CHANGE, token);
    }

    /** The address a working link would confirm, for its page to show. */
    @Transactional(readOnly = true)
    public Optional<String> addressOf(String token) {
        return links.owner(LinkPurpose.EMAIL_CHANGE, token).flatMap(changes::findByAccountId)
                .map(EmailChange::getNewEmail);
    }

    /**
     * Confirms the new address from its link: the account signs in with it from now on. Holding
     * the link is the proof that the person reads that address; the request itself needed the
     * password. Returns the new address.
     */
    @Transactional
    public String confirm(String token) {
        var state = linkState(token);
        if (state != LinkState.VALID) {
            throw new AccountRuleException(null, refusal(state));
        }
        var opened = links.use(LinkPurpose.EMAIL_CHANGE, token)
                .orElseThrow(() -> new AccountRuleException(null, refusal(LinkState.USED)));
        var change = changes.findByAccountId(opened.accountId())
                .orElseThrow(() -> new AccountRuleException(null, refusal(LinkState.USED)));
        var account = accounts.findById(opened.accountId()).filter(Account::isEnabled)
                .orElseThrow(() -> new AccountRuleException(null, "This account is disabled. Ask an administrator."));
        var newEmail = change.getNewEmail();
        if (accounts.findByEmail(newEmail).isPresent()) {
            throw new AccountRuleException(null, "Another account has taken this address since you asked. "
                    + "Your email stays " + account.getEmail() + ".");
        }
        var oldEmail = account.getEmail();
        account.changeEmail(newEmail, clock.instant());
        // Links mailed to the old address stop working: it may no longer be this person's.
        links.revoke(LinkPurpose.PASSWORD_RESET, account.getId());
        links.revoke(LinkPurpose.INVITATION, account.getId());
        changes.delete(change);
        try {
            accounts.saveAndFlush(account);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException();
        } catch (DataIntegrityViolationException e) {
            // Another account took the address between the check and the write.
            throw new AccountRuleException(null, "Another account has taken this address since you asked. "
                    + "Your email stays " + oldEmail + ".");
        }
        auditLog.record(AuditEventType.EMAIL_CHANGED, account.getId(), account.getId(), newEmail, "from " + oldEmail);
        publisher.publishEvent(new AccountEmailChanged(account.getId(), newEmail));
        return newEmail;
    }

    /** What a person is told about a confirmation link that no longer works. */
    public static String refusal(LinkState state) {
        return switch (state) {
            case EXPIRED -> "This link has expired: confirmation links work for 24 hours. "
                    + "Ask again from your profile.";
            case USED -> "This link has been used already, or a newer request replaced it.";
            case UNKNOWN -> "This link is not valid: it may be incomplete. Copy the whole link from the email.";
            case VALID -> "";
        };
    }
}
