package app.rapport.security;

import app.rapport.security.domain.Account;
import app.rapport.security.domain.AccountRepository;
import app.rapport.security.domain.Invitation;
import app.rapport.security.domain.InvitationRepository;
import app.rapport.security.domain.InvitationRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: a single-use link by email with which someone who has never signed in chooses a
 * password. Sending again replaces the link and starts the week over; one automatic reminder goes
 * out after {@link InvitationProperties#remindAfter()} with a new link that ends with the
 * invitation. A link whose mail the server refused for good marks the invitation bounced.
 * Sending and reading statuses take staff; which people a caller may invite is decided by the
 * services that call it (a program's coordinators, admins). The link's page calls
 * {@link #linkState} and {@link #accept}, where the token is the credential; the reminder job and
 * the mail dispatcher call {@link #remindDue} and {@link #undelivered}. A link stops working once
 * its person has joined, however they did.
 */
@Component
public class Invitations {

    /** A link that has less left than this gets no reminder: it would be dead before it is read. */
    private static final Duration REMINDER_MIN_LEFT = Duration.ofHours(12);

    private final AccountRepository accounts;
    private final InvitationRepository invitations;
    private final LinkTokens links;
    private final LinkPasswords linkPasswords;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher publisher;
    private final InvitationProperties properties;
    private final Clock clock;

    Invitations(AccountRepository accounts, InvitationRepository invitations, LinkTokens links,
            LinkPasswords linkPasswords, AuditLog auditLog, ApplicationEventPublisher publisher,
            InvitationProperties properties, Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.links = links;
        this.linkPasswords = linkPasswords;
        this.auditLog = auditLog;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
    }

    /** What became of a request to invite some people. */
    public record Sent(int sent, int joined, int disabled) {

        public Sent plus(Sent other) {
            return new Sent(sent + other.sent, joined + other.joined, disabled + other.disabled);
        }
    }

    /**
     * Sends an invitation to each account that may still be invited (resending where one is out);
     * people who joined already and disabled accounts are counted and left alone. {@code invitedTo}
     * names what they are invited to, {@code invitedBy} the account that asks.
     */
    @Transactional
    @PreAuthorize(AppRoles.IS_STAFF)
    public Sent invite(Collection<Long> accountIds, String invitedTo, Long invitedBy) {
        var inviter = invitedBy == null ? null
                : accounts.findById(invitedBy).map(Account::getDisplayName).orElse(null);
        var states = statuses(accountIds);
        int sent = 0;
        int joined = 0;
        int disabled = 0;
        for (var id : accountIds) {
            var state = states.getOrDefault(id, InvitationStatus.notInvited(id)).state();
            if (state == InvitationState.JOINED) {
                joined++;
                continue;
            }
            if (state == InvitationState.DISABLED || !states.containsKey(id)) {
                disabled++;
                continue;
            }
            send(accounts.findById(id).orElseThrow(), invitedTo, invitedBy, inviter);
            sent++;
        }
        return new Sent(sent, joined, disabled);
    }

    private void send(Account account, String invitedTo, Long invitedBy, String inviter) {
        var now = clock.instant();
        var issued = links.issue(LinkPurpose.INVITATION, account.getId(), properties.validFor());
        var invitation = invitations.findByAccountId(account.getId()).orElseGet(() -> new Invitation(account.getId(), now));
        invitation.sent(issued.id(), issued.expiresAt(), invitedBy, invitedTo, now);
        invitations.save(invitation);
        auditLog.record(AuditEventType.INVITATION_SENT, account.getId(), invitedBy, account.getEmail(),
                invitedTo == null ? null : "to " + invitation.getInvitedTo());
        publisher.publishEvent(new InvitationIssued(account.getId(), account.getEmail(), account.getDisplayName(),
                invitation.getInvitedTo(), inviter, issued.id(), issued.token(), issued.expiresAt(), false));
    }

    /** How each account's invitation stands, in one statement; unknown ids are left out. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.IS_STAFF)
    public Map<Long, InvitationStatus> statuses(Collection<Long> accountIds) {
        var result = new HashMap<Long, InvitationStatus>();
        if (accountIds.isEmpty()) {
            return result;
        }
        var now = clock.instant();
        for (var row : invitations.rows(accountIds)) {
            result.put(row.accountId(), status(row, now));
        }
        return result;
    }

    static InvitationStatus status(InvitationRow row, Instant now) {
        int sent = row.sentCount() == null ? 0 : row.sentCount();
        InvitationState state;
        if (!row.enabled()) {
            state = InvitationState.DISABLED;
        } else if (row.firstSignedInAt() != null || row.acceptedAt() != null) {
            state = InvitationState.JOINED;
        } else if (row.expiresAt() == null) {
            state = InvitationState.NOT_INVITED;
        } else if (row.bouncedAt() != null) {
            state = InvitationState.BOUNCED;
        } else if (!now.isBefore(row.expiresAt())) {
            state = InvitationState.EXPIRED;
        } else {
            state = InvitationState.INVITED;
        }
        var open = state == InvitationState.INVITED ? row.expiresAt() : null;
        var error = state == InvitationState.BOUNCED ? row.bounceError() : null;
        return new InvitationStatus(row.accountId(), state, open, sent, row.lastSentAt(), error);
    }

    /** Whether an invitation link still works, for the page it opens. */
    @Transactional(readOnly = true)
    public LinkState linkState(String token) {
        var state = links.state(LinkPurpose.INVITATION, token);
        if (state == LinkState.VALID && links.owner(LinkPurpose.INVITATION, token).flatMap(accounts::findById)
                .filter(Account::hasSignedIn).isPresent()) {
            // Joined another way (a password from an admin, a reset link, a first sign-in): the invitation is spent.
            return LinkState.USED;
        }
        return state;
    }

    /** The email of the person an invitation link is for, to show on its page; empty when the link does not work. */
    @Transactional(readOnly = true)
    public Optional<String> invitee(String token) {
        return links.owner(LinkPurpose.INVITATION, token).flatMap(accounts::findById).map(Account::getEmail);
    }

    /**
     * Accepts the invitation: sets the password its owner chose, once per link. The person then
     * signs in with it; from then on they count as joined.
     */
    @Transactional
    public void accept(String token, String newPassword) {
        var state = linkState(token);
        if (state != LinkState.VALID) {
            throw new AccountRuleException(null, refusal(state));
        }
        var account = linkPasswords.choose(LinkPurpose.INVITATION, token, newPassword, Invitations::refusal);
        invitations.findByAccountId(account.getId()).ifPresent(i -> i.accepted(clock.instant()));
        auditLog.record(AuditEventType.INVITATION_ACCEPTED, account.getId(), account.getId(), account.getEmail(), null);
    }

    /**
     * The mail server refused, for good, the mail that carried this link: its invitation, if the
     * link is still the one out, is marked bounced. Called by the mail dispatcher.
     */
    @Transactional
    public void undelivered(long linkTokenId, String error) {
        invitations.findByLinkTokenId(linkTokenId).filter(i -> i.getAcceptedAt() == null).ifPresent(i -> {
            i.bounced(error, clock.instant());
            var email = accounts.findById(i.getAccountId()).map(Account::getEmail).orElse(null);
            auditLog.record(AuditEventType.INVITATION_BOUNCED, i.getAccountId(), null, email, i.getBounceError());
        });
    }

    /**
     * Sends the one reminder of each invitation unused for {@link InvitationProperties#remindAfter()}
     * whose link has time left; returns how many went out. A reminder carries a new link that ends
     * when the invitation does, so nothing is prolonged without a coordinator's resend.
     */
    @Transactional
    public int remindDue() {
        var now = clock.instant();
        List<Long> due = invitations.dueForReminder(now.minus(properties.remindAfter()), now.plus(REMINDER_MIN_LEFT),
                PageRequest.of(0, Math.max(1, properties.remindersPerRun())));
        for (var id : due) {
            var invitation = invitations.findById(id).orElseThrow();
            var account = accounts.findById(invitation.getAccountId()).orElseThrow();
            var issued = links.issue(LinkPurpose.INVITATION, account.getId(),
                    Duration.between(now, invitation.getExpiresAt()));
            invitation.reminded(issued.id(), now);
            var inviter = invitation.getInvitedBy() == null ? null
                    : accounts.findById(invitation.getInvitedBy()).map(Account::getDisplayName).orElse(null);
            publisher.publishEvent(new InvitationIssued(account.getId(), account.getEmail(), account.getDisplayName(),
                    invitation.getInvitedTo(), inviter, issued.id(), issued.token(), issued.expiresAt(), true));
        }
        return due.size();
    }

    /** What a person is told about an invitation link that no longer works. */
    public static String refusal(LinkState state) {
        return switch (state) {
            case EXPIRED -> "This invitation has expired. Ask the person who invited you to send it again, "
                    + "or use \"Forgot password\" on the sign-in page.";
            case USED -> "This invitation has been used already, or a newer one replaced it. Sign in, "
                    + "or use \"Forgot password\" on the sign-in page.";
            case UNKNOWN -> "This invitation link is not valid: it may be incomplete. Copy the whole link from "
                    + "the email, or ask for a new invitation.";
            case VALID -> "";
        };
    }
}
