package app.rapport.security;

/** Where a person stands on their way in, as the Participants and Accounts pages show it. */
public enum InvitationState {
    /** Never invited and never signed in. */
    NOT_INVITED("Not invited"),
    /** An invitation is out and its link still works. */
    INVITED("Invited"),
    /** The invitation's link ran out unused. */
    EXPIRED("Invitation expired"),
    /** The mail server refused the invitation for good: the address is likely wrong. */
    BOUNCED("Bounced"),
    /** Signed in at least once, or set a password through an invitation. */
    JOINED("Joined"),
    /** The account is disabled: nobody can invite it. */
    DISABLED("Account disabled");

    private final String label;

    InvitationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether an invitation may be sent (or sent again) to someone in this state. */
    public boolean invitable() {
        return this != JOINED && this != DISABLED;
    }
}
