package app.rapport.mail;

import app.rapport.base.Days;
import app.rapport.base.PersonalZones;
import app.rapport.security.EmailChangeRequested;
import app.rapport.security.InvitationIssued;
import app.rapport.security.PasswordResetLinkIssued;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The mails that carry an account's links: a "forgot password" link, an invitation and its
 * reminder, the confirmation of a new address (with its notice to the old one). Each is queued in the transaction that made its link, so a link nobody could receive
 * is never stored, and a mail is never sent for a link that was rolled back.
 */
@Component
class AccountLinkMail {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private final MailOutbox outbox;
    private final MailProperties properties;
    private final ObjectProvider<PersonalZones> zones;

    AccountLinkMail(MailOutbox outbox, MailProperties properties, ObjectProvider<PersonalZones> zones) {
        this.outbox = outbox;
        this.properties = properties;
        this.zones = zones;
    }

    @EventListener
    void on(PasswordResetLinkIssued link) {
        var subject = "Reset your Rapport password";
        outbox.queue(new MailOutbox.Letter(MailKind.PASSWORD_RESET, link.email(), link.accountId(), link.tokenId(),
                subject, "password-reset", Map.of(
                        "name", link.displayName(),
                        "email", link.email(),
                        "link", properties.link("/reset-password/" + link.token()),
                        "expires", expires(link.accountId(), link.expiresAt()),
                        "subject", subject)));
    }

    @EventListener
    void on(InvitationIssued link) {
        var to = link.invitedTo() == null ? "Rapport" : link.invitedTo() + " on Rapport";
        var subject = (link.reminder() ? "Reminder: you are invited to " : "You are invited to ") + to;
        // A HashMap: who invited and to which program may be unknown (an admin's invitation to no program).
        var model = new HashMap<String, Object>();
        model.put("name", link.displayName());
        model.put("email", link.email());
        model.put("invitedTo", link.invitedTo());
        model.put("invitedBy", link.invitedBy());
        model.put("reminder", link.reminder());
        model.put("link", properties.link("/invitation/" + link.token()));
        model.put("expires", expires(link.accountId(), link.expiresAt()));
        model.put("subject", subject);
        outbox.queue(new MailOutbox.Letter(link.reminder() ? MailKind.INVITATION_REMINDER : MailKind.INVITATION,
                link.email(), link.accountId(), link.tokenId(), subject, "invitation", model));
    }

    @EventListener
    void on(EmailChangeRequested change) {
        var subject = change.addressTaken() ? "This address already has a Rapport account"
                : "Confirm your new email for Rapport";
        var model = new HashMap<String, Object>();
        // The owner of a taken address is a stranger to the person who asked: greeted by no one's name.
        model.put("name", change.addressTaken() ? "there" : change.displayName());
        model.put("newEmail", change.newEmail());
        model.put("taken", change.addressTaken());
        model.put("link", change.addressTaken() ? null : properties.link("/confirm-email/" + change.token()));
        model.put("expires", expires(change.accountId(), change.expiresAt()));
        model.put("subject", subject);
        // Addressed to the new address, but about the account: its owner's zone, its id.
        outbox.queue(new MailOutbox.Letter(MailKind.EMAIL_CHANGE, change.newEmail(), change.accountId(),
                change.tokenId(), subject, "email-change", model));
        var notice = "Your Rapport email is being changed";
        outbox.queue(new MailOutbox.Letter(MailKind.EMAIL_CHANGE_NOTICE, change.oldEmail(), change.accountId(), null,
                notice, "email-change-notice", Map.of(
                        "name", change.displayName(),
                        "email", change.oldEmail(),
                        "newEmail", change.newEmail(),
                        "signIn", properties.link("/login"),
                        "subject", notice)));
    }

    /** When the link runs out, in the recipient's own time zone (UTC, named so, when they have none). */
    private String expires(long accountId, Instant at) {
        var zone = zones.stream().findFirst().flatMap(z -> z.zoneOf(accountId)).orElse(UTC);
        return Days.dateTime(at, zone);
    }
}
