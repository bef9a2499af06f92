package app.rapport.mail;

import app.rapport.mail.domain.MailMessageRepository;
import app.rapport.security.Invitations;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox through Spring's {@link JavaMailSender}, once across instances: a run holds
 * the {@code mail-dispatch} lock in the database, so two instances (or two racing calls) never
 * send the same message. Each message is sent outside any transaction and its outcome recorded
 * right after; only a crash between the two can send that one message a second time. A refusal
 * the server calls permanent (5xx) ends the message FAILED at once; anything else (the server
 * down, 4xx) is retried with a doubling wait until {@link MailProperties#maxAttempts()}. With no
 * {@code spring.mail.host}, nothing is sent and mail waits on the Mail page. An invitation refused
 * for good marks its invitation bounced, for the Participants page to show.
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final Duration LOCK_AT_MOST = Duration.ofMinutes(10);

    private final MailMessageRepository messages;
    private final ObjectProvider<JavaMailSender> senders;
    private final LockingTaskExecutor locks;
    private final TransactionTemplate transactions;
    private final MailProperties properties;
    private final Invitations invitations;
    private final Clock clock;

    MailDispatcher(MailMessageRepository messages, ObjectProvider<JavaMailSender> senders, LockingTaskExecutor locks,
            TransactionTemplate transactions, MailProperties properties, Invitations invitations, Clock clock) {
        this.invitations = invitations;
        this.messages = messages;
        this.senders = senders;
        this.locks = locks;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${rapport.mail.dispatch-every:PT10S}", initialDelayString = "PT10S")
    void scheduled() {
        dispatch();
    }

    /** Sends what is due now, unless another run holds the lock; returns how many were sent. */
    public int dispatch() {
        var sender = senders.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        var sent = new int[1];
        locks.executeWithLock((Runnable) () -> sent[0] = sendDue(sender),
                new LockConfiguration(clock.instant(), "mail-dispatch", LOCK_AT_MOST, Duration.ZERO));
        return sent[0];
    }

    private int sendDue(JavaMailSender sender) {
        var due = messages.due(clock.instant(), PageRequest.of(0, Math.max(1, properties.batchSize())));
        int sent = 0;
        for (long id : due) {
            var message = messages.findById(id).orElseThrow();
            try {
                sender.send(mime -> {
                    var helper = new MimeMessageHelper(mime, true, "UTF-8");
                    helper.setFrom(properties.from());
                    helper.setTo(message.getRecipient());
                    helper.setSubject(message.getSubject());
                    helper.setText(message.getBodyText(), message.getBodyHtml());
                });
                record(id, null, false);
                sent++;
            } catch (RuntimeException e) {
                boolean permanent = permanent(e);
                log.warn("Mail {} to {} failed ({}): {}", id, message.getRecipient(),
                        permanent ? "permanent" : "will retry", e.getMessage());
                record(id, describe(e), permanent);
                if (!permanent) {
                    // The server is unreachable or refusing for now: the rest of the batch waits for the next run.
                    break;
                }
            }
        }
        return sent;
    }

    private void record(long id, String error, boolean permanent) {
        transactions.executeWithoutResult(status -> {
            var message = messages.findById(id).orElseThrow();
            var now = clock.instant();
            if (error == null) {
                message.sent(now);
            } else if (permanent || message.getAttempts() + 1 >= properties.maxAttempts()) {
                message.failed(error, null);
                if (permanent && message.getKind().invitation() && message.getLinkTokenId() != null) {
                    invitations.undelivered(message.getLinkTokenId(), error);
                }
            } else {
                message.failed(error, now.plus(properties.backOff(message.getAttempts() + 1)));
            }
        });
    }

    static boolean permanent(Throwable e) {
        return causes(e).stream().anyMatch(c -> smtpCode(c) >= 500);
    }

    private static int smtpCode(Throwable t) {
        // The SMTP exceptions of the mail implementation (Angus) carry the server's reply code.
        for (var c : causes(t)) {
            if (c instanceof MessagingException) {
                try {
                    if (c.getClass().getMethod("getReturnCode").invoke(c) instanceof Integer code) {
                        return code;
                    }
                } catch (ReflectiveOperationException e) {
                    // not an SMTP reply
                }
            }
        }
        return -1;
    }

    private static List<Throwable> causes(Throwable e) {
        var all = new ArrayList<Throwable>();
        var pending = new ArrayList<Throwable>(List.of(e));
        while (!pending.isEmpty() && all.size() < 50) {
            var t = pending.remove(0);
            if (t == null || all.contains(t)) {
                continue;
            }
            all.add(t);
            pending.add(t.getCause());
            if (t instanceof MessagingException m) {
                pending.add(m.getNextException());
            }
            if (t instanceof MailSendException m) {
                pending.addAll(List.of(m.getMessageExceptions()));
            }
        }
        return all;
    }

    private static String describe(Throwable e) {
        var deepest = causes(e).getLast();
        var text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return deepest == e || deepest.getMessage() == null ? text : text + " (" + deepest.getMessage() + ")";
    }
}
