package app.rapport.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outgoing mail, set with {@code rapport.mail.*}: the sender, the address links in mail point to,
 * how often and how much the dispatcher sends, and how it retries: after {@code firstRetry}, then
 * twice as long each time, until {@code maxAttempts} attempts failed. Where mail goes is Spring's
 * {@code spring.mail.*} (no host: mail stays in the outbox, readable on the Mail page).
 */
@ConfigurationProperties("rapport.mail")
public record MailProperties(
        @DefaultValue("Rapport <no-reply@rapport.local>") String from,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("20") int batchSize,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("1m") Duration firstRetry) {

    /** The address of a page of the app, for a link in a message. */
    public String link(String path) {
        var base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    /** How long to wait after the given number of failed attempts. */
    public Duration backOff(int failedAttempts) {
        return firstRetry.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 16));
    }
}
