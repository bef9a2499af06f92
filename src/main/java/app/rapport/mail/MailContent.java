package app.rapport.mail;

/** A message as it was sent: both parts. */
public record MailContent(MailSummary summary, String text, String html) {
}
