-- Every step of a relationship's life: who did it, when and why. The workspace's timeline reads it.
CREATE TABLE relationship_event (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    relationship_id BIGINT       NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    from_status     VARCHAR(10)  NULL,
    to_status       VARCHAR(10)  NOT NULL,
    actor_id        BIGINT       NOT NULL,
    actor_name      VARCHAR(100) NOT NULL,
    occurred_at     DATETIME(6)  NOT NULL,
    reason          VARCHAR(500) NULL,
    CONSTRAINT pk_relationship_event PRIMARY KEY (id),
    CONSTRAINT fk_relationship_event_relationship FOREIGN KEY (relationship_id) REFERENCES relationship (id),
    CONSTRAINT fk_relationship_event_actor FOREIGN KEY (actor_id) REFERENCES account (id),
    CONSTRAINT ck_relationship_event_kind CHECK (kind IN ('PROPOSED', 'ACCEPTED', 'ACTIVATED', 'DECLINED', 'ENDED',
        'COMPLETED')),
    CONSTRAINT ck_relationship_event_reason CHECK (kind NOT IN ('DECLINED', 'ENDED')
        OR (reason IS NOT NULL AND CHAR_LENGTH(TRIM(reason)) > 0))
);
CREATE INDEX ix_relationship_event_relationship ON relationship_event (relationship_id, occurred_at, id);
