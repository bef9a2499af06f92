-- When a person first signed in: until then they can be invited. Accounts that signed in before
-- this column existed take the date from the audit log.
ALTER TABLE account ADD COLUMN first_signed_in_at DATETIME(6) NULL;
UPDATE account SET first_signed_in_at = (SELECT MIN(e.occurred_at) FROM security_audit_event e
    WHERE e.account_id = account.id AND e.event_type = 'LOGIN_SUCCESS');

-- The invitation of an account that has not joined yet: the link now valid (reissued for a resend
-- or a reminder, expiring with the invitation), how often it went out, whether its mail bounced,
-- and when the person set their password through it. One row per account, kept after acceptance.
CREATE TABLE invitation (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    account_id    BIGINT        NOT NULL,
    invited_by    BIGINT        NULL,
    invited_to    VARCHAR(200)  NULL,
    link_token_id BIGINT        NOT NULL,
    expires_at    DATETIME(6)   NOT NULL,
    sent_count    INT           NOT NULL,
    first_sent_at DATETIME(6)   NOT NULL,
    last_sent_at  DATETIME(6)   NOT NULL,
    reminded_at   DATETIME(6)   NULL,
    accepted_at   DATETIME(6)   NULL,
    bounced_at    DATETIME(6)   NULL,
    bounce_error  VARCHAR(1000) NULL,
    version       BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_invitation_account UNIQUE (account_id),
    CONSTRAINT fk_invitation_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_invitation_invited_by FOREIGN KEY (invited_by) REFERENCES account (id),
    CONSTRAINT fk_invitation_link_token FOREIGN KEY (link_token_id) REFERENCES link_token (id),
    CONSTRAINT ck_invitation_sent CHECK (sent_count >= 1 AND last_sent_at >= first_sent_at)
);
CREATE INDEX ix_invitation_link_token ON invitation (link_token_id);
CREATE INDEX ix_invitation_reminder ON invitation (accepted_at, reminded_at, last_sent_at);

ALTER TABLE mail_message DROP CONSTRAINT ck_mail_message_kind;
ALTER TABLE mail_message ADD CONSTRAINT ck_mail_message_kind CHECK (kind IN ('TEST', 'PASSWORD_RESET', 'INVITATION',
    'INVITATION_REMINDER'));

ALTER TABLE security_audit_event DROP CONSTRAINT ck_security_audit_event_type;
ALTER TABLE security_audit_event ADD CONSTRAINT ck_security_audit_event_type CHECK (event_type IN ('LOGIN_SUCCESS',
    'LOGIN_FAILURE', 'LOCKOUT', 'ACCOUNT_CREATED', 'ROLE_CHANGE', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED',
    'PASSWORD_RESET', 'PASSWORD_CHANGED', 'RESET_LINK_REQUESTED', 'RESET_LINK_THROTTLED', 'PASSWORD_RESET_BY_LINK',
    'INVITATION_SENT', 'INVITATION_ACCEPTED', 'INVITATION_BOUNCED'));
