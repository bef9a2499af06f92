CREATE TABLE program_coordinator (
    program_id BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    CONSTRAINT pk_program_coordinator PRIMARY KEY (program_id, account_id),
    CONSTRAINT fk_program_coordinator_program FOREIGN KEY (program_id) REFERENCES program (id) ON DELETE CASCADE,
    CONSTRAINT fk_program_coordinator_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_program_coordinator_account ON program_coordinator (account_id, program_id);
