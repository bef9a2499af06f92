-- The outbox: every outgoing message, written in the transaction of the change that causes it,
-- as it was rendered, and what became of it (queued for a first try or a retry, sent, failed).
CREATE TABLE mail_message (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    kind            VARCHAR(40)   NOT NULL,
    recipient       VARCHAR(254)  NOT NULL,
    account_id      BIGINT        NULL,
    link_token_id   BIGINT        NULL,
    subject         VARCHAR(200)  NOT NULL,
    body_text       TEXT          NOT NULL,
    body_html       TEXT          NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    version         BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_mail_message_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_mail_message_link_token FOREIGN KEY (link_token_id) REFERENCES link_token (id),
    CONSTRAINT ck_mail_message_kind CHECK (kind IN ('TEST', 'PASSWORD_RESET')),
    CONSTRAINT ck_mail_message_status CHECK (status IN ('QUEUED', 'SENT', 'FAILED')),
    CONSTRAINT ck_mail_message_attempts CHECK (attempts >= 0),
    CONSTRAINT ck_mail_message_sent CHECK (status <> 'SENT' OR sent_at IS NOT NULL)
);
CREATE INDEX ix_mail_message_due ON mail_message (status, next_attempt_at);
CREATE INDEX ix_mail_message_created ON mail_message (created_at);
