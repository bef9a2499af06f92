package app.rapport.mail;

/** What a message is for. */
public enum MailKind {
    /** An admin checking that mail goes out. */
    TEST,
    /** A "forgot password" link. */
    PASSWORD_RESET
}
