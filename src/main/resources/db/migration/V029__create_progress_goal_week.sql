-- Progress read model: each goal's progress at the end of every week since it was set, for the
-- goal lines of a relationship's progress page.
CREATE TABLE progress_goal_week (
    goal_id         BIGINT       NOT NULL,
    week_start      DATE         NOT NULL,
    relationship_id BIGINT       NOT NULL,
    title           VARCHAR(120) NOT NULL,
    progress        SMALLINT     NOT NULL,
    CONSTRAINT pk_progress_goal_week PRIMARY KEY (goal_id, week_start),
    CONSTRAINT fk_progress_goal_week_goal FOREIGN KEY (goal_id) REFERENCES goal (id),
    CONSTRAINT fk_progress_goal_week_relationship FOREIGN KEY (relationship_id) REFERENCES relationship (id),
    CONSTRAINT ck_progress_goal_week_progress CHECK (progress BETWEEN 0 AND 100)
);
CREATE INDEX ix_progress_goal_week_relationship ON progress_goal_week (relationship_id, week_start);
