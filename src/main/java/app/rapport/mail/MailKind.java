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
    INVITATION_REMINDER,
    /** To a new address: the link that confirms it (or, when another account has it, a word that nothing changed). */
    EMAIL_CHANGE,
    /** To the old address: a change of the account's email was asked for. */
    EMAIL_CHANGE_NOTICE;

    /** Whether the message carries an invitation link. */
    public boolean invitation() {
        return this == INVITATION || this == INVITATION_REMINDER;
    }
}
