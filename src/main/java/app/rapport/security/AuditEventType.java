package app.rapport.security;

/** What the security audit log records. */
public enum AuditEventType {
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    LOCKOUT,
    ACCOUNT_CREATED,
    ROLE_CHANGE,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    RESET_LINK_REQUESTED,
    RESET_LINK_THROTTLED,
    PASSWORD_RESET_BY_LINK
}
