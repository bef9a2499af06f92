-- The request to one peer within a round. relationship_id repeats the round's, for the limits
-- per relationship (open requests, one ask of the same peer per 30 days). answer_saves counts
-- the peer's saves, so every save moves the version even within one clock tick.
CREATE TABLE feedback_request (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    round_id        BIGINT      NOT NULL,
    relationship_id BIGINT      NOT NULL,
    peer_account_id BIGINT      NOT NULL,
    status          VARCHAR(10) NOT NULL,
    asked_at        DATETIME(6) NOT NULL,
    reminded_at     DATETIME(6) NULL,
    answer_saves    INT         NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    version         BIGINT      NOT NULL,
    CONSTRAINT pk_feedback_request PRIMARY KEY (id),
    CONSTRAINT uk_feedback_request_peer UNIQUE (round_id, peer_account_id),
    CONSTRAINT fk_feedback_request_round FOREIGN KEY (round_id) REFERENCES feedback_round (id),
    CONSTRAINT fk_feedback_request_relationship FOREIGN KEY (relationship_id) REFERENCES relationship (id),
    CONSTRAINT fk_feedback_request_peer FOREIGN KEY (peer_account_id) REFERENCES account (id),
    CONSTRAINT ck_feedback_request_status CHECK (status IN ('OPEN', 'ANSWERED', 'DECLINED', 'CANCELLED')),
    CONSTRAINT ck_feedback_request_saves CHECK (answer_saves >= 0)
);
CREATE INDEX ix_feedback_request_peer ON feedback_request (peer_account_id, status);
CREATE INDEX ix_feedback_request_relationship ON feedback_request (relationship_id, peer_account_id, asked_at);
