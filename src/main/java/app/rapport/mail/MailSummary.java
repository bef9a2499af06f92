package app.rapport.mail;

import java.time.Instant;

/** A message as the Mail page lists it. */
public record MailSummary(long id, MailKind kind, String recipient, String subject, MailStatus status, int attempts,
        String lastError, Instant createdAt, Instant sentAt) {
}
