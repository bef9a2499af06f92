-- A self-assessment by one side of a relationship: three ratings and a reflection, private to its
-- author unless shared. period_start is the first day of the program's check-in period it belongs to
-- (counted from the relationship's start), so the unique key allows one check-in per side per period.
CREATE TABLE checkin (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    relationship_id   BIGINT        NOT NULL,
    author_side       VARCHAR(6)    NOT NULL,
    period_start      DATE          NOT NULL,
    connection_rating SMALLINT      NOT NULL,
    trust_rating      SMALLINT      NOT NULL,
    value_rating      SMALLINT      NOT NULL,
    reflection        VARCHAR(2000) NULL,
    reflection_shared BOOLEAN       NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT pk_checkin PRIMARY KEY (id),
    CONSTRAINT uk_checkin_period UNIQUE (relationship_id, author_side, period_start),
    CONSTRAINT fk_checkin_relationship FOREIGN KEY (relationship_id) REFERENCES relationship (id),
    CONSTRAINT ck_checkin_side CHECK (author_side IN ('MENTOR', 'MENTEE')),
    CONSTRAINT ck_checkin_connection CHECK (connection_rating BETWEEN 1 AND 5),
    CONSTRAINT ck_checkin_trust CHECK (trust_rating BETWEEN 1 AND 5),
    CONSTRAINT ck_checkin_value CHECK (value_rating BETWEEN 1 AND 5)
);
