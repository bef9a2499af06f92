-- A relationship's timeline: one row per thing that happened (a step of its lifecycle, a kick-off,
-- a goal, a progress update, an interaction, a check-in), written when it happens, so the timeline
-- pages by one index however long the history. source_id points at the goal, interaction or
-- check-in the entry tells of, so an edit can update it and a deletion remove it. actor_id is null
-- where no one person acted (peer feedback revealed once enough peers answered).
CREATE TABLE timeline_entry (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    relationship_id BIGINT       NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    source_id       BIGINT       NULL,
    occurred_at     DATETIME(6)  NOT NULL,
    actor_id        BIGINT       NULL,
    actor_name      VARCHAR(100) NOT NULL,
    summary         VARCHAR(600) NOT NULL,
    CONSTRAINT pk_timeline_entry PRIMARY KEY (id),
    CONSTRAINT fk_timeline_entry_relationship FOREIGN KEY (relationship_id) REFERENCES relationship (id),
    CONSTRAINT fk_timeline_entry_actor FOREIGN KEY (actor_id) REFERENCES account (id),
    CONSTRAINT ck_timeline_entry_kind CHECK (kind IN ('TRANSITION', 'KICKOFF', 'GOAL', 'PROGRESS', 'INTERACTION',
        'CHECKIN', 'FEEDBACK'))
);
CREATE INDEX ix_timeline_entry_relationship ON timeline_entry (relationship_id, occurred_at, id);
CREATE INDEX ix_timeline_entry_kind ON timeline_entry (relationship_id, kind, occurred_at);
CREATE INDEX ix_timeline_entry_source ON timeline_entry (kind, source_id);
