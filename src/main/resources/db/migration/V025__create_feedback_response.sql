-- A peer's answer to one request: ratings 1-5 or NULL ("could not observe"), required advice, and
-- whether the peer signed it. round_id repeats the request's, for a round's aggregate. The times
-- are never shown to the pair.
CREATE TABLE feedback_response (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    request_id           BIGINT        NOT NULL,
    round_id             BIGINT        NOT NULL,
    rapport_rating       SMALLINT      NULL,
    give_and_take_rating SMALLINT      NULL,
    communication_rating SMALLINT      NULL,
    advice               VARCHAR(2000) NOT NULL,
    signed_with_name     BOOLEAN       NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT pk_feedback_response PRIMARY KEY (id),
    CONSTRAINT uk_feedback_response_request UNIQUE (request_id),
    CONSTRAINT fk_feedback_response_request FOREIGN KEY (request_id) REFERENCES feedback_request (id),
    CONSTRAINT fk_feedback_response_round FOREIGN KEY (round_id) REFERENCES feedback_round (id),
    CONSTRAINT ck_feedback_response_rapport CHECK (rapport_rating IS NULL OR rapport_rating BETWEEN 1 AND 5),
    CONSTRAINT ck_feedback_response_give_take CHECK (give_and_take_rating IS NULL
        OR give_and_take_rating BETWEEN 1 AND 5),
    CONSTRAINT ck_feedback_response_communication CHECK (communication_rating IS NULL
        OR communication_rating BETWEEN 1 AND 5),
    CONSTRAINT ck_feedback_response_advice CHECK (CHAR_LENGTH(TRIM(advice)) > 0)
);
CREATE INDEX ix_feedback_response_round ON feedback_response (round_id);
