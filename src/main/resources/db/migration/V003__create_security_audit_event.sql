CREATE TABLE security_audit_event (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at      DATETIME(6)  NOT NULL,
    event_type       VARCHAR(40)  NOT NULL,
    account_id       BIGINT       NULL,
    actor_account_id BIGINT       NULL,
    email            VARCHAR(254) NULL,
    detail           VARCHAR(500) NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT pk_security_audit_event PRIMARY KEY (id),
    CONSTRAINT fk_security_audit_event_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_security_audit_event_actor FOREIGN KEY (actor_account_id) REFERENCES account (id),
    CONSTRAINT ck_security_audit_event_type CHECK (event_type IN ('LOGIN_SUCCESS', 'LOGIN_FAILURE', 'LOCKOUT',
        'ACCOUNT_CREATED', 'ROLE_CHANGE', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'PASSWORD_RESET',
        'PASSWORD_CHANGED'))
);
CREATE INDEX ix_security_audit_event_account ON security_audit_event (account_id, occurred_at);
CREATE INDEX ix_security_audit_event_occurred ON security_audit_event (occurred_at);
