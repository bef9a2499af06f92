package app.rapport.mail;

/** Where a message is: waiting (first try or a retry), delivered, or given up on with its error. */
public enum MailStatus {
    QUEUED, SENT, FAILED
}
