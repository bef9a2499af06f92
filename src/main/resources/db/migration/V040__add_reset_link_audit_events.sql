-- The audit log records reset links asked for, refused for asking too often, and used.
ALTER TABLE security_audit_event DROP CONSTRAINT ck_security_audit_event_type;
ALTER TABLE security_audit_event ADD CONSTRAINT ck_security_audit_event_type CHECK (event_type IN ('LOGIN_SUCCESS',
    'LOGIN_FAILURE', 'LOCKOUT', 'ACCOUNT_CREATED', 'ROLE_CHANGE', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED',
    'PASSWORD_RESET', 'PASSWORD_CHANGED', 'RESET_LINK_REQUESTED', 'RESET_LINK_THROTTLED', 'PASSWORD_RESET_BY_LINK'));
