package app.rapport.mail;

/** What a message is for. */
public enum MailKind {
    /** An admin checking that mail goes out. */
    TEST,
    /** A "forgot password" link. */
    PASSWORD_RESET,
    /** An invitation to choose a password and join. */
    INVITATION,
    /** The one automatic reminder of an unused invitation. */
    INVITATION_REMINDER;

    /** Whether the message carries an invitation link. */
    public boolean invitation() {
        return this == INVITATION || this == INVITATION_REMINDER;
    }
}
