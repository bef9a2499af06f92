package app.rapport.mail;

import app.rapport.mail.domain.MailMessage;
import app.rapport.mail.domain.MailMessageRepository;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every outgoing message starts: rendered now and written in the transaction of the change
 * that causes it, so the mail exists exactly when the change does (rolled back with it, never sent
 * for a change that did not happen). {@link MailDispatcher} delivers it later.
 */
@Component
public class MailOutbox {

    private final MailMessageRepository messages;
    private final MailTemplates templates;
    private final Clock clock;

    MailOutbox(MailMessageRepository messages, MailTemplates templates, Clock clock) {
        this.messages = messages;
        this.templates = templates;
        this.clock = clock;
    }

    /** What to send: to whom, why, and the template and values that make its two parts. */
    public record Letter(MailKind kind, String recipient, Long accountId, Long linkTokenId, String subject,
            String template, Map<String, Object> model) {
    }

    /** Queues the letter in the caller's transaction; there must be one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long queue(Letter letter) {
        var rendered = templates.render(letter.template(), letter.model());
        var subject = letter.subject().length() > MailMessage.SUBJECT_MAX
                ? letter.subject().substring(0, MailMessage.SUBJECT_MAX) : letter.subject();
        return messages.save(new MailMessage(letter.kind(), letter.recipient(), letter.accountId(),
                letter.linkTokenId(), subject, rendered.text(), rendered.html(), clock.instant())).getId();
    }
}
