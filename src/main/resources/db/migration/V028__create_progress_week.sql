-- Progress read model: one relationship's metrics for one ISO week (week_start is its Monday), from
-- the week the relationship started to the week it closed or the current one.
CREATE TABLE progress_week (
    relationship_id        BIGINT        NOT NULL,
    week_start             DATE          NOT NULL,
    program_id             BIGINT        NOT NULL,
    interactions           SMALLINT      NOT NULL,
    minutes                INT           NOT NULL,
    mentor_asks            SMALLINT      NOT NULL,
    mentee_asks            SMALLINT      NOT NULL,
    mentor_gives           SMALLINT      NOT NULL,
    mentee_gives           SMALLINT      NOT NULL,
    mentor_rating          DECIMAL(3, 2) NULL,
    mentee_rating          DECIMAL(3, 2) NULL,
    peer_rating            DECIMAL(3, 2) NULL,
    goal_progress          SMALLINT      NULL,
    days_since_interaction INT           NOT NULL,
    health                 SMALLINT      NOT NULL,
    CONSTRAINT pk_progress_week PRIMARY KEY (relationship_id, week_start),
    CONSTRAINT fk_progress_week_relationship FOREIGN KEY (relationship_id) REFERENCES relationship (id),
    CONSTRAINT ck_progress_week_health CHECK (health BETWEEN 0 AND 100),
    CONSTRAINT ck_progress_week_goals CHECK (goal_progress IS NULL OR goal_progress BETWEEN 0 AND 100),
    CONSTRAINT ck_progress_week_counts CHECK (interactions >= 0 AND minutes >= 0 AND days_since_interaction >= 0)
);
CREATE INDEX ix_progress_week_program ON progress_week (program_id, week_start, health);
