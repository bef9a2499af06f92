package app.rapport.security;

import app.rapport.security.domain.Account;
import app.rapport.security.domain.AccountRepository;
import app.rapport.security.domain.PasswordResetRequest;
import app.rapport.security.domain.PasswordResetRequestRepository;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password" for people who are not signed in, so nobody waits for an admin. Asking always
 * gets the same answer, whether the email has an account or not, and is limited per email and per
 * network address; a link is single use, short-lived and replaced by a newer one. Setting the
 * password through it ends every session of the account. Everything is audit-logged.
 */
@Service
public class PasswordResets {

    private static final Duration HOUR = Duration.ofHours(1);

    private final AccountRepository accounts;
    private final PasswordResetRequestRepository requests;
    private final LinkTokens links;
    private final LinkPasswords linkPasswords;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher publisher;
    private final ResetLinkProperties properties;
    private final Clock clock;

    PasswordResets(AccountRepository accounts, PasswordResetRequestRepository requests, LinkTokens links,
            LinkPasswords linkPasswords, AuditLog auditLog, ApplicationEventPublisher publisher,
            ResetLinkProperties properties, Clock clock) {
        this.accounts = accounts;
        this.requests = requests;
        this.links = links;
        this.linkPasswords = linkPasswords;
        this.auditLog = auditLog;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Sends a reset link to the email when it belongs to an enabled account and the limits allow.
     * Says nothing either way: the page tells everyone the same.
     */
    @Transactional
    public void requestLink(String email, String address) {
        var normalized = Emails.normalize(email == null ? "" : email);
        if (!Emails.isValid(normalized)) {
            throw new AccountRuleException("email", "Enter an email address such as name@example.org");
        }
        var from = address == null || address.isBlank() ? "unknown" : address.strip();
        from = from.length() > PasswordResetRequest.ADDRESS_MAX ? from.substring(0, PasswordResetRequest.ADDRESS_MAX)
                : from;
        var now = clock.instant();
        var since = now.minus(HOUR);
        boolean tooMany = requests.countByEmailAndRequestedAtAfter(normalized, since) >= properties.perEmailPerHour()
                || requests.countByAddressAndRequestedAtAfter(from, since) >= properties.perAddressPerHour();
        requests.save(new PasswordResetRequest(normalized, from, now));
        var account = accounts.findByEmail(normalized).filter(Account::isEnabled);
        if (tooMany) {
            auditLog.record(AuditEventType.RESET_LINK_THROTTLED, account.map(Account::getId).orElse(null), null,
                    normalized, "from " + from);
            return;
        }
        if (account.isEmpty()) {
            return;
        }
        var a = account.get();
        var issued = links.issue(LinkPurpose.PASSWORD_RESET, a.getId(), properties.validFor());
        auditLog.record(AuditEventType.RESET_LINK_REQUESTED, a.getId(), null, normalized, "from " + from);
        publisher.publishEvent(new PasswordResetLinkIssued(a.getId(), a.getEmail(), a.getDisplayName(),
                issued.id(), issued.token(), issued.expiresAt()));
    }

    /** Whether a reset link still works, for the page it opens. */
    @Transactional(readOnly = true)
    public LinkState linkState(String token) {
        return links.state(LinkPurpose.PASSWORD_RESET, token);
    }

    /**
     * Sets the password the link's owner chose, once per link. Every session of the account ends at
     * its next request (AccountStatusFilter sees the new hash).
     */
    @Transactional
    public void resetWithLink(String token, String newPassword) {
        var account = linkPasswords.choose(LinkPurpose.PASSWORD_RESET, token, newPassword, PasswordResets::refusal);
        auditLog.record(AuditEventType.PASSWORD_RESET_BY_LINK, account.getId(), account.getId(), account.getEmail(),
                null);
    }

    /** What a person is told about a link that no longer works. */
    public static String refusal(LinkState state) {
        return switch (state) {
            case EXPIRED -> "This link has expired: reset links work for a short time only. Ask for a new one.";
            case USED -> "This link has been used already, or a newer link replaced it. Ask for a new one.";
            case UNKNOWN -> "This link is not valid: it may be incomplete. Ask for a new one.";
            case VALID -> "";
        };
    }
}
