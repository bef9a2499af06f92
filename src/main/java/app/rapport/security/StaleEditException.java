package app.rapport.security;

/** Someone else changed the account after it was opened for editing. */
public class StaleEditException extends AccountRuleException {

    public StaleEditException() {
        super(null, "This account was changed meanwhile by someone else. Reload it and make your change again.");
    }
}
