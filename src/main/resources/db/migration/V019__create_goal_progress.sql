-- Every value a goal's progress took, with who set it and when (the 0 it starts at and the 100
-- of its completion included), so progress can be charted over time. relationship_id is copied
-- from the goal so a relationship's history reads by one index.
CREATE TABLE goal_progress (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    goal_id         BIGINT      NOT NULL,
    relationship_id BIGINT      NOT NULL,
    progress        SMALLINT    NOT NULL,
    actor_id        BIGINT      NOT NULL,
    recorded_at     DATETIME(6) NOT NULL,
    version         BIGINT      NOT NULL,
    CONSTRAINT pk_goal_progress PRIMARY KEY (id),
    CONSTRAINT fk_goal_progress_goal FOREIGN KEY (goal_id) REFERENCES goal (id),
    CONSTRAINT fk_goal_progress_relationship FOREIGN KEY (relationship_id) REFERENCES relationship (id),
    CONSTRAINT fk_goal_progress_actor FOREIGN KEY (actor_id) REFERENCES account (id),
    CONSTRAINT ck_goal_progress_value CHECK (progress BETWEEN 0 AND 100)
);
CREATE INDEX ix_goal_progress_relationship ON goal_progress (relationship_id, recorded_at, id);
