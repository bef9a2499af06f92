package app.rapport.mail;

import app.rapport.base.Days;
import app.rapport.base.RuleViolation;
import app.rapport.mail.domain.MailMessage;
import app.rapport.mail.domain.MailMessageRepository;
import app.rapport.security.AppRoles;
import app.rapport.security.CurrentUser;
import app.rapport.security.Emails;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox for admins: every message with what became of it, and a test message to check delivery. */
@Service
@Transactional(readOnly = true)
public class MailService {

    private final MailMessageRepository messages;
    private final MailOutbox outbox;
    private final ObjectProvider<JavaMailSender> senders;
    private final Clock clock;

    MailService(MailMessageRepository messages, MailOutbox outbox, ObjectProvider<JavaMailSender> senders,
            Clock clock) {
        this.messages = messages;
        this.outbox = outbox;
        this.senders = senders;
        this.clock = clock;
    }

    /** One page of messages, newest first. */
    @PreAuthorize(AppRoles.IS_ADMIN)
    public List<MailSummary> page(Pageable page) {
        return messages.findAllByOrderByCreatedAtDescIdDesc(page).stream().map(MailService::summary).toList();
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    public long count() {
        return messages.count();
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    public MailContent content(long id) {
        var m = messages.findById(id).orElseThrow(() -> new RuleViolation(null, "This message no longer exists."));
        return new MailContent(summary(m), m.getBodyText(), m.getBodyHtml());
    }

    /** Whether an SMTP server is configured: without one, mail stays here. */
    @PreAuthorize(AppRoles.IS_ADMIN)
    public boolean delivers() {
        return senders.getIfAvailable() != null;
    }

    /** Queues a test message to the address. */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public long sendTest(String email) {
        var to = Emails.normalize(email == null ? "" : email);
        if (!Emails.isValid(to)) {
            throw new RuleViolation("email", "Enter an email address such as name@example.org");
        }
        var me = CurrentUser.require();
        return outbox.queue(new MailOutbox.Letter(MailKind.TEST, to, null, null, "Rapport test message", "test",
                Map.of("sender", me.displayName(), "sent", Days.dateTime(clock.instant(), ZoneId.of("UTC")))));
    }

    private static MailSummary summary(MailMessage m) {
        return new MailSummary(m.getId(), m.getKind(), m.getRecipient(), m.getSubject(), m.getStatus(),
                m.getAttempts(), m.getLastError(), m.getCreatedAt(), m.getSentAt());
    }
}
