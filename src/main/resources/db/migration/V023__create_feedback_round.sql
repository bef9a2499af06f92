-- One ask for feedback on a relationship, sent to one or more peers at once. answer_count counts
-- the answers given (kept here so that the answer reaching the threshold is decided under the
-- round's row lock); revealed_at is set by that answer, once.
CREATE TABLE feedback_round (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    relationship_id BIGINT        NOT NULL,
    program_id      BIGINT        NOT NULL,
    requested_by    BIGINT        NOT NULL,
    requested_at    DATETIME(6)   NOT NULL,
    ask_message     VARCHAR(1000) NULL,
    due_on          DATE          NOT NULL,
    answer_count    INT           NOT NULL,
    revealed_at     DATETIME(6)   NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT pk_feedback_round PRIMARY KEY (id),
    CONSTRAINT fk_feedback_round_relationship FOREIGN KEY (relationship_id) REFERENCES relationship (id),
    CONSTRAINT fk_feedback_round_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_feedback_round_requested_by FOREIGN KEY (requested_by) REFERENCES account (id),
    CONSTRAINT ck_feedback_round_answers CHECK (answer_count >= 0)
);
CREATE INDEX ix_feedback_round_relationship ON feedback_round (relationship_id, requested_at);
CREATE INDEX ix_feedback_round_program ON feedback_round (program_id, requested_at);
