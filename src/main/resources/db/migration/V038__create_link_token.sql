-- Links sent by email (a password reset, an invitation, a new email address to confirm) carry a
-- random token; only its SHA-256 digest is kept, so a copy of the database opens no link. Each
-- token belongs to one account and one purpose, expires, and is used at most once.
CREATE TABLE link_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    purpose    VARCHAR(30) NOT NULL,
    account_id BIGINT      NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    version    BIGINT      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_link_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_link_token_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_link_token_purpose CHECK (purpose IN ('PASSWORD_RESET', 'INVITATION', 'EMAIL_CHANGE')),
    CONSTRAINT ck_link_token_expiry CHECK (expires_at > created_at)
);
CREATE INDEX ix_link_token_account ON link_token (account_id, purpose);
