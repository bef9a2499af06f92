package app.rapport.mail;

import app.rapport.base.Days;
import app.rapport.base.PersonalZones;
import app.rapport.security.PasswordResetLinkIssued;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The mail that carries a "forgot password" link, queued in the transaction that made the link. */
@Component
class ResetLinkMail {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private final MailOutbox outbox;
    private final MailProperties properties;
    private final ObjectProvider<PersonalZones> zones;

    ResetLinkMail(MailOutbox outbox, MailProperties properties, ObjectProvider<PersonalZones> zones) {
        this.outbox = outbox;
        this.properties = properties;
        this.zones = zones;
    }

    @EventListener
    void on(PasswordResetLinkIssued link) {
        var zone = zones.stream().findFirst().flatMap(z -> z.zoneOf(link.accountId())).orElse(UTC);
        outbox.queue(new MailOutbox.Letter(MailKind.PASSWORD_RESET, link.email(), link.accountId(), link.tokenId(),
                "Reset your Rapport password", "password-reset", Map.of(
                        "name", link.displayName(),
                        "email", link.email(),
                        "link", properties.link("/reset-password/" + link.token()),
                        "expires", Days.dateTime(link.expiresAt(), zone),
                        "subject", "Reset your Rapport password")));
    }
}
