package app.rapport.base;

/**
 * A request a feature's rules refuse, with a message for the person. {@code field} names the
 * form field the message belongs next to, or is null for a message about the whole form.
 */
public class RuleViolation extends RuntimeException {

    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
