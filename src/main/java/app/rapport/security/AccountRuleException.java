package app.rapport.security;

/**
 * A request the account rules refuse. {@code field} names the form field the message belongs
 * next to, or is null for a message about the whole form.
 */
public class AccountRuleException extends RuntimeException {

    private final String field;

    public AccountRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
