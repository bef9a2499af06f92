-- A new email address waits here until its owner confirms it from the link mailed to it: the
-- account keeps signing in with its old address until then. One pending change per account; a
-- newer request replaces it (and its link).
CREATE TABLE email_change (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    account_id    BIGINT       NOT NULL,
    new_email     VARCHAR(254) NOT NULL,
    link_token_id BIGINT       NOT NULL,
    requested_at  DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_email_change_account UNIQUE (account_id),
    CONSTRAINT uk_email_change_link_token UNIQUE (link_token_id),
    CONSTRAINT fk_email_change_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_email_change_link_token FOREIGN KEY (link_token_id) REFERENCES link_token (id),
    CONSTRAINT ck_email_change_lower CHECK (new_email = LOWER(new_email))
);

ALTER TABLE mail_message DROP CONSTRAINT ck_mail_message_kind;
ALTER TABLE mail_message ADD CONSTRAINT ck_mail_message_kind CHECK (kind IN ('TEST', 'PASSWORD_RESET', 'INVITATION',
    'INVITATION_REMINDER', 'EMAIL_CHANGE', 'EMAIL_CHANGE_NOTICE'));

ALTER TABLE security_audit_event DROP CONSTRAINT ck_security_audit_event_type;
ALTER TABLE security_audit_event ADD CONSTRAINT ck_security_audit_event_type CHECK (event_type IN ('LOGIN_SUCCESS',
    'LOGIN_FAILURE', 'LOCKOUT', 'ACCOUNT_CREATED', 'ROLE_CHANGE', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED',
    'PASSWORD_RESET', 'PASSWORD_CHANGED', 'RESET_LINK_REQUESTED', 'RESET_LINK_THROTTLED', 'PASSWORD_RESET_BY_LINK',
    'INVITATION_SENT', 'INVITATION_ACCEPTED', 'INVITATION_BOUNCED', 'EMAIL_CHANGE_REQUESTED', 'EMAIL_CHANGE_THROTTLED',
    'EMAIL_CHANGE_BAD_PASSWORD', 'EMAIL_CHANGED'));
