-- A pairing of a mentor and a mentee in one program. open_pair is TRUE while the relationship is
-- PROPOSED or ACTIVE and NULL afterwards, so the unique key allows one open relationship per pair
-- and any number of closed ones.
CREATE TABLE relationship (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    program_id          BIGINT        NOT NULL,
    mentor_enrolment_id BIGINT        NOT NULL,
    mentee_enrolment_id BIGINT        NOT NULL,
    mentor_account_id   BIGINT        NOT NULL,
    mentee_account_id   BIGINT        NOT NULL,
    mentor_name         VARCHAR(100)  NOT NULL,
    mentee_name         VARCHAR(100)  NOT NULL,
    status              VARCHAR(10)   NOT NULL,
    open_pair           BOOLEAN       NULL,
    match_score         SMALLINT      NULL,
    match_reasons       VARCHAR(1000) NULL,
    proposed_by         BIGINT        NOT NULL,
    proposed_at         DATETIME(6)   NOT NULL,
    mentor_accepted_at  DATETIME(6)   NULL,
    mentee_accepted_at  DATETIME(6)   NULL,
    started_at          DATETIME(6)   NULL,
    closed_at           DATETIME(6)   NULL,
    close_reason        VARCHAR(500)  NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT pk_relationship PRIMARY KEY (id),
    CONSTRAINT uk_relationship_open_pair UNIQUE (mentor_enrolment_id, mentee_enrolment_id, open_pair),
    CONSTRAINT fk_relationship_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_relationship_mentor FOREIGN KEY (mentor_enrolment_id, program_id) REFERENCES enrolment (id, program_id),
    CONSTRAINT fk_relationship_mentee FOREIGN KEY (mentee_enrolment_id, program_id) REFERENCES enrolment (id, program_id),
    CONSTRAINT fk_relationship_mentor_account FOREIGN KEY (mentor_account_id) REFERENCES account (id),
    CONSTRAINT fk_relationship_mentee_account FOREIGN KEY (mentee_account_id) REFERENCES account (id),
    CONSTRAINT fk_relationship_proposed_by FOREIGN KEY (proposed_by) REFERENCES account (id),
    CONSTRAINT ck_relationship_status CHECK (status IN ('PROPOSED', 'ACTIVE', 'COMPLETED', 'DECLINED', 'ENDED')),
    CONSTRAINT ck_relationship_open CHECK ((status IN ('PROPOSED', 'ACTIVE') AND open_pair = TRUE)
        OR (status IN ('COMPLETED', 'DECLINED', 'ENDED') AND open_pair IS NULL)),
    CONSTRAINT ck_relationship_parties CHECK (mentor_enrolment_id <> mentee_enrolment_id
        AND mentor_account_id <> mentee_account_id),
    CONSTRAINT ck_relationship_score CHECK (match_score IS NULL OR match_score BETWEEN 0 AND 100),
    CONSTRAINT ck_relationship_started CHECK (status IN ('PROPOSED', 'DECLINED') OR started_at IS NOT NULL),
    CONSTRAINT ck_relationship_closed CHECK ((status IN ('PROPOSED', 'ACTIVE') AND closed_at IS NULL)
        OR (status IN ('COMPLETED', 'DECLINED', 'ENDED') AND closed_at IS NOT NULL)),
    CONSTRAINT ck_relationship_reason CHECK (status NOT IN ('DECLINED', 'ENDED')
        OR (close_reason IS NOT NULL AND CHAR_LENGTH(TRIM(close_reason)) > 0))
);
CREATE INDEX ix_relationship_program_status ON relationship (program_id, status, id);
CREATE INDEX ix_relationship_mentor_status ON relationship (mentor_enrolment_id, status);
CREATE INDEX ix_relationship_mentee_status ON relationship (mentee_enrolment_id, status);
CREATE INDEX ix_relationship_mentor_account ON relationship (mentor_account_id, status);
CREATE INDEX ix_relationship_mentee_account ON relationship (mentee_account_id, status);
