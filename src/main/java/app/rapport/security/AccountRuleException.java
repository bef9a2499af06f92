package app.rapport.security;

import app.rapport.base.RuleViolation;

/** A request the account rules refuse; see {@link RuleViolation}. */
public class AccountRuleException extends RuleViolation {

    public AccountRuleException(String field, String message) {
        super(field, message);
    }
}
