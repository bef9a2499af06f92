CREATE TABLE enrolment (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    program_id   BIGINT        NOT NULL,
    account_id   BIGINT        NOT NULL,
    person_name  VARCHAR(100)  NOT NULL,
    person_email VARCHAR(254)  NOT NULL,
    role         VARCHAR(10)   NOT NULL,
    capacity     SMALLINT      NULL,
    status       VARCHAR(10)   NOT NULL,
    department   VARCHAR(100)  NULL,
    timezone     VARCHAR(64)   NULL,
    availability VARCHAR(500)  NULL,
    bio          VARCHAR(1000) NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT pk_enrolment PRIMARY KEY (id),
    CONSTRAINT uk_enrolment_program_account UNIQUE (program_id, account_id),
    CONSTRAINT fk_enrolment_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_enrolment_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_enrolment_role CHECK (role IN ('MENTOR', 'MENTEE')),
    CONSTRAINT ck_enrolment_status CHECK (status IN ('ACTIVE', 'WITHDRAWN')),
    CONSTRAINT ck_enrolment_capacity CHECK ((role = 'MENTOR' AND capacity BETWEEN 1 AND 10)
        OR (role = 'MENTEE' AND capacity IS NULL))
);
CREATE INDEX ix_enrolment_program_role ON enrolment (program_id, role, person_name, id);
CREATE INDEX ix_enrolment_program_department ON enrolment (program_id, department);
-- The account's name and email are copied here (kept current by an event when a name changes),
-- so a program's participant list filters, sorts and pages without joining the accounts.
CREATE INDEX ix_enrolment_program_name ON enrolment (program_id, person_name, id);
