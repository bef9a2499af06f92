package app.rapport.base;

/** Someone else saved a change after this one was opened: reload, then edit again. */
public class StaleEdit extends RuleViolation {

    public StaleEdit(String what) {
        super(null, "This " + what + " was changed meanwhile by someone else. Reload it and make your change again.");
    }
}
