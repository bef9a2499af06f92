CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    CONSTRAINT pk_account_role PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_role_role CHECK (role IN ('ADMIN', 'COORDINATOR', 'PARTICIPANT'))
);
CREATE INDEX ix_account_role_role ON account_role (role, account_id);
