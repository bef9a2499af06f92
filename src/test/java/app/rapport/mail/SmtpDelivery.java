package app.rapport.mail;

import app.rapport.mail.domain.MailMessageRepository;
import app.rapport.security.Invitations;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The app's own dispatcher, pointed at an SMTP server a test started on a local port: what the app
 * does with {@code spring.mail.host} set, without a second application context.
 */
public final class SmtpDelivery {

    private SmtpDelivery() {
    }

    /** A dispatcher delivering the app's outbox to 127.0.0.1:{@code port}. */
    public static MailDispatcher to(ApplicationContext app, int port) {
        return to(app, port, app.getBean(Clock.class), Duration.ofMinutes(1), 1000);
    }

    /**
     * A dispatcher on its own clock and retry delay, sending {@code batchSize} a run: what a load
     * run needs, where time passes for real while the app's clock stands still.
     */
    public static MailDispatcher to(ApplicationContext app, int port, Clock clock, Duration firstRetry,
            int batchSize) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        var factory = new StaticListableBeanFactory(Map.of("sender", sender));
        var properties = new MailProperties("Rapport <no-reply@rapport.test>", "http://localhost:8080", batchSize, 8,
                firstRetry);
        return new MailDispatcher(app.getBean(MailMessageRepository.class),
                factory.getBeanProvider(JavaMailSender.class), app.getBean(LockingTaskExecutor.class),
                app.getBean(TransactionTemplate.class), properties, app.getBean(Invitations.class),
                clock);
    }

    /** The decoded plain-text part of a received message, however deep the multipart nests it. */
    public static String plainText(MimeMessage message) {
        try {
            return plainText(message.getContent());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plainText(Object content) throws MessagingException, IOException {
        if (content instanceof String text) {
            return text;
        }
        var multipart = (Multipart) content;
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart inner) {
                var text = plainText(inner);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /** The first To address of a received message. */
    public static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
