-- A meeting or exchange of a pair: when, how long, in what format, who started it, what help was
-- asked for and given (each with the side that did it, or neither), and private notes. The side that
-- logged it may change it; the other side may confirm it. A short check-in lasts exactly its minutes.
CREATE TABLE interaction (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    relationship_id  BIGINT       NOT NULL,
    logged_by        VARCHAR(6)   NOT NULL,
    occurred_on      DATE         NOT NULL,
    duration_minutes SMALLINT     NOT NULL,
    meeting_format   VARCHAR(12)  NOT NULL,
    initiated_by     VARCHAR(6)   NOT NULL,
    help_asked_by    VARCHAR(6)   NULL,
    help_asked       VARCHAR(500) NULL,
    help_given_by    VARCHAR(6)   NULL,
    help_given       VARCHAR(500) NULL,
    notes            TEXT         NULL,
    confirmed_at     DATETIME(6)  NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT pk_interaction PRIMARY KEY (id),
    CONSTRAINT fk_interaction_relationship FOREIGN KEY (relationship_id) REFERENCES relationship (id),
    CONSTRAINT ck_interaction_logged_by CHECK (logged_by IN ('MENTOR', 'MENTEE')),
    CONSTRAINT ck_interaction_initiated_by CHECK (initiated_by IN ('MENTOR', 'MENTEE')),
    CONSTRAINT ck_interaction_minutes CHECK (duration_minutes BETWEEN 1 AND 600),
    CONSTRAINT ck_interaction_format CHECK (meeting_format IN ('MEETING', 'VIDEO_CALL', 'CALL', 'WALK', 'CHAT',
        'SHORT_10', 'SHORT_15', 'SHORT_17')),
    CONSTRAINT ck_interaction_short CHECK ((meeting_format <> 'SHORT_10' OR duration_minutes = 10)
        AND (meeting_format <> 'SHORT_15' OR duration_minutes = 15)
        AND (meeting_format <> 'SHORT_17' OR duration_minutes = 17)),
    CONSTRAINT ck_interaction_asked CHECK ((help_asked_by IS NULL AND help_asked IS NULL)
        OR (help_asked_by IN ('MENTOR', 'MENTEE') AND help_asked IS NOT NULL)),
    CONSTRAINT ck_interaction_given CHECK ((help_given_by IS NULL AND help_given IS NULL)
        OR (help_given_by IN ('MENTOR', 'MENTEE') AND help_given IS NOT NULL))
);
CREATE INDEX ix_interaction_relationship ON interaction (relationship_id, occurred_on, id);
